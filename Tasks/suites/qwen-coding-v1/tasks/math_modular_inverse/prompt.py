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
