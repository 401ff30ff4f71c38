import math
from fractions import Fraction
from typing import List, Optional


def internal_rate_of_return(cashflows: List[float]) -> Optional[float]:
    """Return the internal rate of return of a series of periodic cash
    flows.

    cashflows[t] is received (positive) or paid (negative) at the end of
    period t, t = 0, 1, ..., n-1.  The IRR is the rate r with
        NPV(r) = sum(cashflows[t] / (1 + r) ** t) == 0.
    Search r in the closed interval [-0.99, 10.0].  If NPV(-0.99) and
    NPV(10.0) are both non-zero and have the same sign, return None.  You
    may assume NPV has at most one root in the interval.  The returned rate
    must be within 1e-9 of the root.  Series can be long (hundreds of
    periods), so (1 + r) ** t may underflow or overflow for the extreme
    rates; this must not crash or give a wrong sign.

    >>> round(internal_rate_of_return([-100.0, 110.0]), 9)
    0.1
    >>> round(internal_rate_of_return([-100.0, 0.0, 121.0]), 9)
    0.1
    >>> internal_rate_of_return([-100.0, -50.0]) is None
    True
    """
    if not cashflows:
        return None

    def sign_npv(r: float) -> int:
        # NPV(r) * (1 + r) ** (n - 1) evaluated with Horner's rule: same sign
        # as NPV(r) because 1 + r > 0; use exact rationals when floats fail.
        g = 1.0 + r
        v = 0.0
        for c in cashflows:
            v = v * g + c
        if math.isfinite(v) and abs(v) > 1e-300:
            return (v > 0) - (v < 0)
        gf = Fraction(g)
        w = Fraction(0)
        for c in cashflows:
            w = w * gf + Fraction(c)
        return (w > 0) - (w < 0)

    lo, hi = -0.99, 10.0
    slo, shi = sign_npv(lo), sign_npv(hi)
    if slo == 0:
        return lo
    if shi == 0:
        return hi
    if slo == shi:
        return None
    for _ in range(200):
        mid = (lo + hi) / 2
        if mid == lo or mid == hi:
            break
        sm = sign_npv(mid)
        if sm == 0:
            return mid
        if sm == slo:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-13:
            break
    return (lo + hi) / 2
