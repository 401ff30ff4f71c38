from typing import Callable


def rk4_integrate(f: Callable[[float, float], float], t0: float, y0: float,
                  t1: float, steps: int) -> float:
    """Integrate the scalar ODE y' = f(t, y) from (t0, y0) to t1 with the
    classical fourth-order Runge-Kutta method and return y(t1).

    Use `steps` equal steps of size h = (t1 - t0) / steps (h is negative
    when t1 < t0, integrating backwards).  Each step is
        k1 = f(t, y)
        k2 = f(t + h/2, y + h*k1/2)
        k3 = f(t + h/2, y + h*k2/2)
        k4 = f(t + h, y + h*k3)
        y += h * (k1 + 2*k2 + 2*k3 + k4) / 6
    and t for step i is t0 + i*h (not an accumulated sum).  Raise ValueError
    if steps < 1.  If t1 == t0 return y0.

    >>> rk4_integrate(lambda t, y: y, 0.0, 1.0, 1.0, 1)
    2.708333333333333
    >>> rk4_integrate(lambda t, y: 2 * t, 0.0, 0.0, 3.0, 3)
    9.0
    """
    if steps < 1:
        raise ValueError("steps must be >= 1")
    h = (t1 - t0) / steps
    y = y0
    for i in range(steps):
        t = t0 + i * h
        k1 = f(t, y)
        k2 = f(t + h / 2, y + h * k1 / 2)
        k3 = f(t + h / 2, y + h * k2 / 2)
        k4 = f(t + h, y + h * k3)
        y += h * (k1 + 2 * k2 + 2 * k3 + k4) / 6
    return y
