import statistics
from typing import List


def geometric_mean(values: List[float]) -> float:
    """Return the geometric mean (v1 * v2 * ... * vn) ** (1/n) of values.

    The values are non-negative floats that may be extremely large or
    small (e.g. 1e300 or 1e-300), so the plain product can overflow or
    underflow: the result must still be accurate to about 1e-12 relative
    error.  If any value is 0 the result is 0.0.  Raise ValueError if the
    list is empty or contains a negative value.

    >>> geometric_mean([2.0, 8.0])
    4.0
    >>> geometric_mean([1e300, 1e300, 1e300])
    1e+300
    >>> geometric_mean([5.0, 0.0, 3.0])
    0.0
    """
    return statistics.geometric_mean(values)
