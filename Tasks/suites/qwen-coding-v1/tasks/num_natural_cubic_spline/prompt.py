from typing import List


def natural_spline_eval(xs: List[float], ys: List[float], x: float) -> float:
    """Evaluate the natural cubic spline through the points (xs[i], ys[i])
    at x.

    xs must be strictly increasing (NOT necessarily evenly spaced) with at
    least two points; otherwise, or if the lists differ in length, raise
    ValueError.  The spline is the unique piecewise cubic that interpolates
    every point, has continuous first and second derivatives at the
    interior knots, and has zero second derivative at xs[0] and xs[-1].
    For x outside [xs[0], xs[-1]] extrapolate with the cubic piece of the
    nearest end interval.  With exactly two points the spline is the
    straight line through them.

    >>> natural_spline_eval([0.0, 1.0, 2.0], [0.0, 1.0, 0.0], 0.5)
    0.6875
    >>> natural_spline_eval([0.0, 1.0, 2.0], [0.0, 1.0, 0.0], -1.0)
    -1.0
    >>> natural_spline_eval([1.0, 3.0], [2.0, 6.0], 2.5)
    5.0
    """
