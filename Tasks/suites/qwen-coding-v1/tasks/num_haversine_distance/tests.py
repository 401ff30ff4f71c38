import math


def check(candidate):
    R = 6371.0088
    assert math.isclose(candidate(0.0, 0.0, 0.0, 90.0), R * math.pi / 2, rel_tol=1e-12)
    assert candidate(51.5, -0.1, 51.5, -0.1) == 0.0
    assert math.isclose(candidate(0.0, 0.0, 0.0, 180.0), R * math.pi, rel_tol=1e-12)
    assert math.isclose(candidate(10.0, 20.0, -10.0, -160.0), R * math.pi, rel_tol=1e-10)
    assert math.isclose(candidate(10.0, 20.0, -10.0000001, -160.0), 20015.114430916416, rel_tol=1e-10)
    assert math.isclose(candidate(90.0, 0.0, -90.0, 45.0), R * math.pi, rel_tol=1e-12)
    d = 1e-5
    assert math.isclose(candidate(0.0, 0.0, 0.0, d), R * math.radians(d), rel_tol=1e-9)
    assert math.isclose(candidate(45.0, 7.0, 45.0 + d, 7.0), R * math.radians(d), rel_tol=1e-9)
    assert math.isclose(candidate(0.0, 0.0, 1.0, 1.0, radius_km=1.0), 157.2495984740402 / R, rel_tol=1e-12)
    assert math.isclose(candidate(40.7128, -74.0060, 51.5074, -0.1278), 5570.229873656523, rel_tol=1e-10)
    assert math.isclose(candidate(-33.8688, 151.2093, 35.6762, 139.6503), 7825.829425997216, rel_tol=1e-10)
