import math
from typing import List


def circular_mean_degrees(angles: List[float]) -> float:
    """Return the circular (vector) mean of compass angles in degrees.

    Each angle is turned into a unit vector (cos a, sin a); the vectors are
    averaged and the direction of the average is returned as an angle in
    the half-open range [0, 360).  Input angles may be any real numbers
    (e.g. -90 or 725).  Raise ValueError if the list is empty or if the
    length of the average vector is below 1e-9 (the mean direction is then
    undefined, e.g. for [0, 180]).

    >>> round(circular_mean_degrees([350.0, 10.0]), 9) % 360
    0.0
    >>> round(circular_mean_degrees([90.0, 180.0]), 9)
    135.0
    >>> round(circular_mean_degrees([-90.0]), 9)
    270.0
    """
    if not angles:
        raise ValueError("empty input")
    n = len(angles)
    c = math.fsum(math.cos(math.radians(a)) for a in angles) / n
    s = math.fsum(math.sin(math.radians(a)) for a in angles) / n
    if math.hypot(c, s) < 1e-9:
        raise ValueError("mean direction undefined")
    deg = math.degrees(math.atan2(s, c)) % 360.0
    if deg >= 360.0:
        deg = 0.0
    return deg
