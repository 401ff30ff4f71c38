import math


def _close_angle(a, b, tol=1e-9):
    d = abs(a - b) % 360.0
    return min(d, 360.0 - d) <= tol


def check(candidate):
    r = candidate([350.0, 10.0])
    assert 0.0 <= r < 360.0 and _close_angle(r, 0.0)
    assert math.isclose(candidate([90.0, 180.0]), 135.0, rel_tol=1e-12)
    assert math.isclose(candidate([-90.0]), 270.0, rel_tol=1e-12)
    assert math.isclose(candidate([200.0, 220.0]), 210.0, rel_tol=1e-12)
    assert math.isclose(candidate([725.0, 5.0, -355.0]), 5.0, rel_tol=1e-9)
    assert math.isclose(candidate([0.0, 0.0, 90.0]), math.degrees(math.atan2(1.0, 2.0)), rel_tol=1e-12)
    assert math.isclose(candidate([10.0, 20.0, 30.0, 340.0]), math.degrees(math.atan2(
        sum(math.sin(math.radians(a)) for a in (10, 20, 30, 340)),
        sum(math.cos(math.radians(a)) for a in (10, 20, 30, 340)))), rel_tol=1e-12)
    r = candidate([359.9999999, 0.0000001])
    assert 0.0 <= r < 360.0 and _close_angle(r, 0.0)
    for bad in ([], [0.0, 180.0], [0.0, 120.0, 240.0]):
        try:
            candidate(bad)
            assert False, "expected ValueError"
        except ValueError:
            pass
