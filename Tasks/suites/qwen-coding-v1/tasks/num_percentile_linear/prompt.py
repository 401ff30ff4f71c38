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
