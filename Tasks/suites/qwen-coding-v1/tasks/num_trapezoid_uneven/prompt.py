from typing import List


def trapezoid_area(xs: List[float], ys: List[float]) -> float:
    """Integrate sampled data with the trapezoidal rule.

    xs are the sample positions in strictly increasing order but NOT
    necessarily evenly spaced; ys[i] is the sample at xs[i].  Return the sum
    over consecutive pairs of (xs[i+1] - xs[i]) * (ys[i] + ys[i+1]) / 2.
    With fewer than two samples the result is 0.0.  Raise ValueError if the
    lists have different lengths.

    >>> trapezoid_area([0.0, 1.0, 3.0], [0.0, 2.0, 2.0])
    5.0
    >>> trapezoid_area([2.0], [7.0])
    0.0
    >>> trapezoid_area([-1.0, 0.0, 0.5], [1.0, 1.0, 1.0])
    1.5
    """
