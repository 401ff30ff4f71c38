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
    r = 0.1
    for _ in range(100):
        npv = sum(c / (1 + r) ** t for t, c in enumerate(cashflows))
        d = sum(-t * c / (1 + r) ** (t + 1) for t, c in enumerate(cashflows))
        if d == 0:
            return None
        step = npv / d
        r -= step
        if abs(step) < 1e-12:
            return r if -0.99 <= r <= 10.0 else None
    return None
