import math


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float,
                    radius_km: float = 6371.0088) -> float:
    """Return the great-circle distance in kilometres between two points on
    a sphere of the given radius, with latitudes and longitudes in degrees.

    The result must be accurate to about 1e-9 relative error for ALL
    separations, in particular for points only a metre or so apart and for
    points that are exactly or very nearly antipodal (formulas built on
    acos or asin of a value close to 1 lose many digits in one of these
    regimes).  Identical points are 0.0 apart.

    >>> round(great_circle_km(0.0, 0.0, 0.0, 90.0), 6)
    10007.557221
    >>> great_circle_km(51.5, -0.1, 51.5, -0.1)
    0.0
    """
    p1 = math.radians(lat1)
    p2 = math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    sp1, cp1 = math.sin(p1), math.cos(p1)
    sp2, cp2 = math.sin(p2), math.cos(p2)
    y = math.hypot(cp2 * math.sin(dl), cp1 * sp2 - sp1 * cp2 * math.cos(dl))
    x = sp1 * sp2 + cp1 * cp2 * math.cos(dl)
    return radius_km * math.atan2(y, x)
