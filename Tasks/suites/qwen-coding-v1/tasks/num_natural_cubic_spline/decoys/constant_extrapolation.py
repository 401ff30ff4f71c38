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
    if x <= xs[0]:
        return float(ys[0])
    if x >= xs[-1]:
        return float(ys[-1])
    h = [xs[i + 1] - xs[i] for i in range(n - 1)]
    size = n - 2
    m = [0.0] * n
    if size:
        a = [[0.0] * size for _ in range(size)]
        r = [0.0] * size
        for k in range(size):
            i = k + 1
            if k > 0:
                a[k][k - 1] = h[i - 1]
            a[k][k] = 2.0 * (h[i - 1] + h[i])
            if k < size - 1:
                a[k][k + 1] = h[i]
            r[k] = 6.0 * ((ys[i + 1] - ys[i]) / h[i] - (ys[i] - ys[i - 1]) / h[i - 1])
        for k in range(size):
            for j in range(k + 1, size):
                w = a[j][k] / a[k][k]
                for c in range(k, size):
                    a[j][c] -= w * a[k][c]
                r[j] -= w * r[k]
        for k in range(size - 1, -1, -1):
            m[k + 1] = (r[k] - sum(a[k][c] * m[c + 1] for c in range(k + 1, size))) / a[k][k]
    i = bisect.bisect_right(xs, x) - 1
    hi = h[i]
    left = xs[i + 1] - x
    right = x - xs[i]
    return (m[i] * left ** 3 / (6.0 * hi) + m[i + 1] * right ** 3 / (6.0 * hi)
            + (ys[i] / hi - m[i] * hi / 6.0) * left
            + (ys[i + 1] / hi - m[i + 1] * hi / 6.0) * right)
