import bisect
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
    n = len(xs)
    if n != len(ys) or n < 2:
        raise ValueError("need at least two points of equal length lists")
    for i in range(n - 1):
        if not xs[i] < xs[i + 1]:
            raise ValueError("xs must be strictly increasing")
    hh = (xs[-1] - xs[0]) / (n - 1)
    m = [0.0] * n
    if n > 2:
        size = n - 2
        diag = [4.0 * hh] * size
        rhs = [6.0 * (ys[i + 1] - 2 * ys[i] + ys[i - 1]) / hh for i in range(1, n - 1)]
        for k in range(1, size):
            w = hh / diag[k - 1]
            diag[k] -= w * hh
            rhs[k] -= w * rhs[k - 1]
        sol = [0.0] * size
        sol[-1] = rhs[-1] / diag[-1]
        for k in range(size - 2, -1, -1):
            sol[k] = (rhs[k] - hh * sol[k + 1]) / diag[k]
        m[1:-1] = sol
    i = bisect.bisect_right(xs, x) - 1
    i = max(0, min(i, n - 2))
    hi = xs[i + 1] - xs[i]
    left = xs[i + 1] - x
    right = x - xs[i]
    return (m[i] * left ** 3 / (6.0 * hi) + m[i + 1] * right ** 3 / (6.0 * hi)
            + (ys[i] / hi - m[i] * hi / 6.0) * left
            + (ys[i + 1] / hi - m[i + 1] * hi / 6.0) * right)
