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
    def npv(r):
        return sum(c / (1 + r) ** t for t, c in enumerate(cashflows))

    lo, hi = 0.0, 1.0
    flo, fhi = npv(lo), npv(hi)
    if flo == 0:
        return lo
    if flo * fhi > 0:
        return None
    for _ in range(200):
        mid = (lo + hi) / 2
        fm = npv(mid)
        if (fm > 0) == (flo > 0):
            lo, flo = mid, fm
        else:
            hi = mid
    return (lo + hi) / 2
