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
