import math
from typing import Tuple


def quadratic_real_roots(a: float, b: float, c: float) -> Tuple[float, ...]:
    """Return the real roots of a*x**2 + b*x + c = 0 in ascending order.

    * Two distinct real roots: return both, smallest first.
    * Discriminant b*b - 4*a*c exactly zero: return the double root once.
    * Negative discriminant: return an empty tuple.
    * a == 0: the equation is linear; return (-c / b,).  If a == b == 0
      raise ValueError.

    Each returned root must be accurate to about 1e-12 RELATIVE error even
    when |b| is huge compared with a and c (the textbook formula suffers
    catastrophic cancellation there, e.g. for a = c = 1, b = 1e8 the small
    root is about -1e-8).

    >>> quadratic_real_roots(1.0, -3.0, 2.0)
    (1.0, 2.0)
    >>> quadratic_real_roots(1.0, -4.0, 4.0)
    (2.0,)
    >>> quadratic_real_roots(1.0, 0.0, 1.0)
    ()
    """
    disc = b * b - 4.0 * a * c
    if disc < 0:
        return ()
    if disc == 0:
        return (-b / (2.0 * a),)
    q = -0.5 * (b + math.copysign(math.sqrt(disc), b))
    r1 = q / a
    r2 = c / q
    return (min(r1, r2), max(r1, r2))
