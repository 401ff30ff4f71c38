import math
from typing import Optional, Tuple


def farey_neighbors(p: int, q: int, n: int) -> Tuple[Optional[Tuple[int, int]], Optional[Tuple[int, int]]]:
    """Return the fractions immediately before and after p/q in the Farey
    sequence of order n.

    The Farey sequence of order n is the ascending list of all reduced
    fractions a/b with 0 <= a/b <= 1 and 1 <= b <= n.  The input satisfies
    0 <= p <= q and q >= 1; it need not be in lowest terms, and its reduced
    denominator must be <= n (otherwise raise ValueError, as for p < 0,
    p > q or q < 1).  Return (left, right) where each neighbour is a
    reduced (numerator, denominator) tuple, left is None for 0/1 and right
    is None for 1/1.  n can be as large as 10**15, so the sequence cannot
    be generated.

    >>> farey_neighbors(1, 2, 5)
    ((2, 5), (3, 5))
    >>> farey_neighbors(0, 1, 4)
    (None, (1, 4))
    >>> farey_neighbors(6, 9, 7)
    ((3, 5), (5, 7))
    """
    if q < 1 or p < 0 or p > q:
        raise ValueError("need 0 <= p <= q and q >= 1")
    g = math.gcd(p, q)
    p //= g
    q //= g
    if q > n:
        raise ValueError("p/q is not in the Farey sequence of order n")
    if q == 1:
        if p == 0:
            return (None, (1, n))
        return ((n - 1, n), None)
    inv = pow(p, -1, q)
    # left neighbour h/k: p*k - q*h == 1, k maximal <= n
    k = inv + q * ((n - inv) // q)
    h = (p * k - 1) // q
    # right neighbour c/d: q*c - p*d == 1, d maximal <= n
    d0 = (-inv) % q
    d = d0 + q * ((n - d0) // q)
    c = (p * d + 1) // q
    return ((h, k), (c, d))
