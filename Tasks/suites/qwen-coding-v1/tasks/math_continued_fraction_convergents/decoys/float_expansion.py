from typing import List, Tuple


def convergents(p: int, q: int) -> List[Tuple[int, int]]:
    """Return the convergents of the rational number p/q.

    Expand p/q as a simple continued fraction [a0; a1, ..., an] using floor
    division (a0 may be zero or negative, every later term is >= 1 and the
    expansion stops when the remainder is zero).  Return the convergents
    h_i/k_i for i = 0..n as (h_i, k_i) tuples with k_i > 0, in order; the
    last one equals p/q in lowest terms.  q may be negative (the sign is
    carried by the numerator); raise ValueError if q == 0.  Work exactly
    with integers: p and q can have hundreds of digits.

    >>> convergents(415, 93)
    [(4, 1), (9, 2), (58, 13), (415, 93)]
    >>> convergents(-7, 3)
    [(-3, 1), (-2, 1), (-7, 3)]
    >>> convergents(6, -4)
    [(-2, 1), (-3, 2)]
    """
    import math
    if q == 0:
        raise ValueError("q must be non-zero")
    x = p / q
    h_prev, h = 0, 1
    k_prev, k = 1, 0
    out = []
    for _ in range(200):
        a = math.floor(x)
        h_prev, h = h, a * h + h_prev
        k_prev, k = k, a * k + k_prev
        out.append((h, k))
        frac = x - a
        if frac < 1e-12 or h * q == k * p:
            break
        x = 1 / frac
    return out
