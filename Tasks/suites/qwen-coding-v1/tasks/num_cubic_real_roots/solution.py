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
            return [float(Fraction(-b, 3 * a))]
        double = Fraction(9 * a * d - b * c, 2 * d0)
        simple = Fraction(4 * a * b * c - 9 * a * a * d - b ** 3, a * d0)
        return sorted({float(double), float(simple)})

    fa, fb, fc, fd = float(a), float(b), float(c), float(d)
    shift = -fb / (3 * fa)
    p = (3 * fa * fc - fb * fb) / (3 * fa * fa)
    q = (2 * fb ** 3 - 9 * fa * fb * fc + 27 * fa * fa * fd) / (27 * fa ** 3)
    if disc > 0:
        m = 2.0 * math.sqrt(-p / 3.0)
        arg = 3.0 * q / (p * m) if p != 0 else 0.0
        arg = max(-1.0, min(1.0, arg))
        theta = math.acos(arg) / 3.0
        guesses = [m * math.cos(theta - 2.0 * math.pi * k / 3.0) + shift for k in range(3)]
    else:
        inner = math.sqrt(q * q / 4.0 + p ** 3 / 27.0)
        big = abs(q) / 2.0 + inner
        A = -math.copysign(big ** (1.0 / 3.0), q) if q != 0 else big ** (1.0 / 3.0)
        B = -p / (3.0 * A) if A != 0 else 0.0
        guesses = [A + B + shift]

    def polish(r: float) -> float:
        for _ in range(100):
            f = ((fa * r + fb) * r + fc) * r + fd
            fp = (3 * fa * r + 2 * fb) * r + fc
            if fp == 0 or f == 0:
                break
            step = f / fp
            r -= step
            if abs(step) <= 1e-16 * max(1.0, abs(r)):
                break
        return r

    return sorted(polish(g) for g in guesses)
