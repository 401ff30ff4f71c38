import math
from typing import List


def percentile_linear(values: List[float], p: float) -> float:
    """Return the p-th percentile of values using linear interpolation
    between closest ranks.

    Sort the values ascending into s[0..n-1], compute the fractional rank
    r = (p / 100) * (n - 1) and return s[floor(r)] plus the fraction
    r - floor(r) of the gap to the next sorted value.  p = 0 gives the
    minimum, p = 100 the maximum, p = 50 the usual median.  The input list
    is not modified.  Raise ValueError if values is empty or p is outside
    [0, 100].

    >>> percentile_linear([15.0, 20.0, 35.0, 40.0, 50.0], 40)
    29.0
    >>> percentile_linear([1.0, 2.0, 3.0, 4.0], 50)
    2.5
    >>> percentile_linear([7.0], 90)
    7.0
    """
    if not values:
        raise ValueError("empty input")
    if not 0 <= p <= 100:
        raise ValueError("p out of range")
    s = sorted(values)
    r = (p / 100.0) * len(s) - 0.5
    r = min(max(r, 0.0), len(s) - 1.0)
    lo = math.floor(r)
    if lo + 1 >= len(s):
        return float(s[-1])
    return s[lo] + (r - lo) * (s[lo + 1] - s[lo])
