import math


def triangular_index(n: int) -> int:
    """Return k >= 0 such that k * (k + 1) // 2 == n, or -1 if n is not a
    triangular number.

    n may be any integer, including negative numbers (never triangular) and
    very large values; the answer must be exact.  triangular_index(0) is 0.

    >>> triangular_index(10)
    4
    >>> triangular_index(11)
    -1
    >>> triangular_index(0)
    0
    """
    if n < 0:
        return -1
    k = (math.isqrt(8 * n + 1) - 1) // 2
    return k if k * (k + 1) // 2 == n else -1
