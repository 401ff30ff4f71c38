from typing import Callable


def integrate_adaptive(f: Callable[[float], float], a: float, b: float,
                       tol: float = 1e-10) -> float:
    """Approximate the definite integral of f from a to b.

    Return a value within about 10 * tol of the true integral for
    continuous integrands, including ones with unbounded derivatives at
    isolated points (sqrt(x) at 0, |x - c|) or sharp peaks, using an
    adaptive method.  The integrand may oscillate: a method that samples
    only a handful of points before deciding it has converged can be fooled
    (sin(4*x)**2 vanishes at 0, pi/4, pi/2, 3*pi/4 and pi), so start from a
    subdivision of [a, b] into at least 16 equal parts.  If a > b return
    the negated integral from b to a; if a == b return 0.0.

    >>> round(integrate_adaptive(lambda x: x * x, 0.0, 3.0), 9)
    9.0
    >>> round(integrate_adaptive(lambda x: x * x, 3.0, 0.0), 9)
    -9.0
    """
    if a == b:
        return 0.0
    sign = 1.0
    if a > b:
        a, b = b, a
        sign = -1.0

    def simpson(l, r, fl, fm, fr):
        return (r - l) * (fl + 4 * fm + fr) / 6

    def rec(l, r, fl, fm, fr, whole, eps, depth):
        m = (l + r) / 2
        flm, frm = f((l + m) / 2), f((m + r) / 2)
        left = simpson(l, m, fl, flm, fm)
        right = simpson(m, r, fm, frm, fr)
        if depth > 40 or abs(left + right - whole) <= 15 * eps:
            return left + right + (left + right - whole) / 15
        return (rec(l, m, fl, flm, fm, left, eps / 2, depth + 1)
                + rec(m, r, fm, frm, fr, right, eps / 2, depth + 1))

    fa, fb, fm = f(a), f(b), f((a + b) / 2)
    return sign * rec(a, b, fa, fm, fb, simpson(a, b, fa, fm, fb), tol, 0)
