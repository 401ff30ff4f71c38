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
    if a > b:
        return -integrate_adaptive(f, b, a, tol)
    pieces = 16
    width = (b - a) / pieces
    total = 0.0
    for k in range(pieces):
        lo = a + k * width
        hi = b if k == pieces - 1 else a + (k + 1) * width
        mid = (lo + hi) / 2
        flo, fmid, fhi = f(lo), f(mid), f(hi)
        whole = (hi - lo) * (flo + 4 * fmid + fhi) / 6
        stack = [(lo, hi, flo, fmid, fhi, whole, tol / pieces, 0)]
        while stack:
            l, r, fl, fm, fr, s, eps, depth = stack.pop()
            m = (l + r) / 2
            lm = (l + m) / 2
            rm = (m + r) / 2
            flm, frm = f(lm), f(rm)
            left = (m - l) * (fl + 4 * flm + fm) / 6
            right = (r - m) * (fm + 4 * frm + fr) / 6
            diff = left + right - s
            if depth >= 50 or abs(diff) <= 15 * eps:
                total += left + right + diff / 15
            else:
                stack.append((l, m, fl, flm, fm, left, eps / 2, depth + 1))
                stack.append((m, r, fm, frm, fr, right, eps / 2, depth + 1))
    return total
