import math
from typing import List


def weighted_mean_skip_nan(values: List[float], weights: List[float]) -> float:
    """Return the weighted arithmetic mean sum(w*v) / sum(w).

    Pairs in which the value or the weight is NaN are ignored entirely.
    Raise ValueError if the two lists have different lengths, if any
    remaining weight is negative, or if the remaining weights sum to zero
    (this includes the case where nothing remains).

    >>> weighted_mean_skip_nan([1.0, 2.0, 3.0], [1.0, 1.0, 2.0])
    2.25
    >>> weighted_mean_skip_nan([1.0, float("nan"), 3.0], [1.0, 5.0, 1.0])
    2.0
    >>> weighted_mean_skip_nan([4.0, 10.0], [float("nan"), 2.0])
    10.0
    """
    if len(values) != len(weights):
        raise ValueError("length mismatch")
    num = 0.0
    den = 0.0
    for v, w in zip(values, weights):
        if math.isnan(v) or math.isnan(w):
            continue
        if w < 0:
            raise ValueError("negative weight")
        num += w * v
        den += w
    if den == 0:
        raise ValueError("total weight is zero")
    return num / den
