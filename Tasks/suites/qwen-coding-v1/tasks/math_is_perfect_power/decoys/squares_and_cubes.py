def is_perfect_power(n: int) -> bool:
    """Return True if n can be written as a**k with integers a and k >= 2,
    excluding the trivial bases a in (-1, 0, 1).

    Positive n qualifies when n == a**k for some a >= 2, k >= 2.  Negative
    n qualifies only through an odd exponent: n == a**k with a <= -2 and odd
    k >= 3 (so -8 qualifies but -4 and -16 do not).  0, 1 and -1 are never
    perfect powers here.  n may have thousands of digits; the check must be
    exact.

    >>> is_perfect_power(32)
    True
    >>> is_perfect_power(-4)
    False
    >>> is_perfect_power(-27)
    True
    """
    import math
    if n in (-1, 0, 1):
        return False
    m = abs(n)
    if n > 0:
        r = math.isqrt(m)
        if r * r == m:
            return True
    lo, hi = 1, 1 << (m.bit_length() // 3 + 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid ** 3 <= m:
            lo = mid
        else:
            hi = mid - 1
    return lo >= 2 and lo ** 3 == m
