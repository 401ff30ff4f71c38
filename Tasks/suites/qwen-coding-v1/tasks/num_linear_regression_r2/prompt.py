from typing import List, Tuple


def linear_fit(xs: List[float], ys: List[float]) -> Tuple[float, float, float]:
    """Ordinary least-squares fit of y = slope * x + intercept.

    Return (slope, intercept, r_squared) where r_squared is the coefficient
    of determination 1 - SS_res / SS_tot.  If all ys are equal (SS_tot == 0)
    the fit is perfect and r_squared is 1.0.  Raise ValueError if the lists
    differ in length, have fewer than 2 points, or all xs are equal.  The
    result must stay accurate (about 1e-9 relative) when the xs share a
    large offset such as 1e8 (compute with centred sums).

    >>> linear_fit([0.0, 1.0, 2.0], [1.0, 3.0, 5.0])
    (2.0, 1.0, 1.0)
    >>> linear_fit([1.0, 2.0, 3.0], [4.0, 4.0, 4.0])
    (0.0, 4.0, 1.0)
    """
