import math
from fractions import Fraction
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
    if a == 0:
        raise ValueError("not a cubic")
    disc = 18 * a * b * c * d - 4 * b ** 3 * d + b * b * c * c - 4 * a * c ** 3 - 27 * a * a * d * d
    d0 = b * b - 3 * a * c
    if disc == 0:
        if d0 == 0:
            r = float(Fraction(-b, 3 * a))
            return [r, r, r]
        double = float(Fraction(9 * a * d - b * c, 2 * d0))
        simple = float(Fraction(4 * a * b * c - 9 * a * a * d - b ** 3, a * d0))
        return sorted([double, double, simple])
    fa, fb, fc, fd = float(a), float(b), float(c), float(d)
    shift = -fb / (3 * fa)
    p = (3 * fa * fc - fb * fb) / (3 * fa * fa)
    q = (2 * fb ** 3 - 9 * fa * fb * fc + 27 * fa * fa * fd) / (27 * fa ** 3)
    if disc > 0:
        m = 2.0 * math.sqrt(-p / 3.0)
        theta = math.acos(max(-1.0, min(1.0, 3.0 * q / (p * m)))) / 3.0
        roots = [m * math.cos(theta - 2.0 * math.pi * k / 3.0) + shift for k in range(3)]
    else:
        s = math.sqrt(q * q / 4.0 + p ** 3 / 27.0)
        cbrt = lambda z: math.copysign(abs(z) ** (1.0 / 3.0), z)
        roots = [cbrt(-q / 2 + s) + cbrt(-q / 2 - s) + shift]
    out = []
    for r in roots:
        for _ in range(60):
            fp = (3 * fa * r + 2 * fb) * r + fc
            if fp == 0:
                break
            r -= (((fa * r + fb) * r + fc) * r + fd) / fp
        out.append(r)
    return sorted(out)
