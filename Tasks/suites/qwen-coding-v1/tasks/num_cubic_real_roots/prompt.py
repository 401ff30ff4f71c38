from typing import List


def cubic_real_roots(a: int, b: int, c: int, d: int) -> List[float]:
    """Return the distinct real roots of a*x**3 + b*x**2 + c*x + d = 0 in
    ascending order.

    The coefficients are Python integers (possibly large) and a != 0
    (raise ValueError if a == 0).  A repeated root is listed only once, so
    (x - 1)**2 * (x - 2) gives [1.0, 2.0] and (x - 1)**3 gives [1.0].
    Because the coefficients are exact integers, decide how many distinct
    real roots there are exactly (floating-point rounding must not split a
    double root into two nearby roots or make it vanish).  Each returned
    root must be within 1e-9 of a true root (relative error for roots whose
    magnitude exceeds 1).

    >>> [round(r, 9) for r in cubic_real_roots(1, -6, 11, -6)]
    [1.0, 2.0, 3.0]
    >>> cubic_real_roots(1, -4, 5, -2)
    [1.0, 2.0]
    >>> cubic_real_roots(1, 0, 0, -8)
    [2.0]
    """
