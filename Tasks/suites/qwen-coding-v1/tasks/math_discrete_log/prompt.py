from typing import Optional


def discrete_log(g: int, h: int, p: int) -> Optional[int]:
    """Return the smallest integer x >= 0 with pow(g, x, p) == h % p, or
    None if there is none.

    p is a prime with 2 <= p <= 10**10; g and h are arbitrary integers
    (reduce them modulo p).  Note that pow(g, 0, p) == 1 for every g, and
    that g may share a factor with p (g % p == 0).  The search space can be
    close to p, so a linear scan is too slow.

    >>> discrete_log(2, 9, 11)
    6
    >>> discrete_log(3, 1, 7)
    0
    >>> discrete_log(4, 3, 7) is None
    True
    """
