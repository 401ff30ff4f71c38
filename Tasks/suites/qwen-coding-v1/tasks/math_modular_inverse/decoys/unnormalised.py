from typing import Optional


def modular_inverse(a: int, m: int) -> Optional[int]:
    """Return the multiplicative inverse of a modulo m.

    The result is the unique x with 0 <= x < m and (a * x) % m == 1 % m, or
    None when a has no inverse modulo m (gcd(a, m) != 1).  m >= 1 and may be
    very large (up to about 10**30); a may be any integer, including
    negative values and values larger than m.  For m == 1 the answer is 0.

    >>> modular_inverse(3, 11)
    4
    >>> modular_inverse(-3, 11)
    7
    >>> modular_inverse(6, 9) is None
    True
    """
    old_r, r = a, m
    old_s, s = 1, 0
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
    if old_r != 1:
        return None
    return old_s
