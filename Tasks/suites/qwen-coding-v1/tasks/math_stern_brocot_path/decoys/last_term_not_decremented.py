import math


def stern_brocot_path(p: int, q: int) -> str:
    """Return the path from the root 1/1 of the Stern-Brocot tree to the
    fraction p/q.

    The path is a string of 'L' (move to the left child, which is the
    smaller fraction) and 'R' (move to the right child, the larger
    fraction).  p and q are positive integers and p/q need not be in lowest
    terms (4/6 has the same path as 2/3).  The path of 1/1 is the empty
    string.  Raise ValueError if p or q is not positive.

    >>> stern_brocot_path(3, 5)
    'LRL'
    >>> stern_brocot_path(4, 1)
    'RRR'
    >>> stern_brocot_path(2, 2)
    ''
    """
    if p <= 0 or q <= 0:
        raise ValueError("p and q must be positive")
    g = math.gcd(p, q)
    p //= g
    q //= g
    terms = []
    a, b = p, q
    while b:
        terms.append(a // b)
        a, b = b, a % b
    parts = []
    for i, t in enumerate(terms):
        parts.append(("R" if i % 2 == 0 else "L") * t)
    return "".join(parts)
