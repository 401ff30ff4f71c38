import math
from typing import List


def log_sum_exp(values: List[float]) -> float:
    """Return log(exp(v1) + exp(v2) + ... + exp(vn)) without overflow or
    underflow.

    Values may be huge in magnitude (e.g. 1000 or -1000) and may include
    -math.inf (which contributes exp(-inf) = 0).  If the list is empty or
    every value is -inf the result is -math.inf.  If any value is +inf the
    result is +inf.  Results must be accurate to about 1e-12 relative error.

    >>> log_sum_exp([0.0])
    0.0
    >>> round(log_sum_exp([1000.0, 1000.0]), 6)
    1000.693147
    >>> log_sum_exp([])
    -inf
    """
    if not values:
        return -math.inf
    if math.inf in values:
        return math.inf
    finite = [v for v in values if v != -math.inf]
    if not finite:
        return -math.inf
    m = finite[0]
    return m + math.log(sum(math.exp(v - m) for v in finite))
