import math


def check(candidate):
    nan = float("nan")
    assert math.isclose(candidate([1.0, 2.0, 3.0], [1.0, 1.0, 2.0]), 2.25, rel_tol=1e-12)
    assert math.isclose(candidate([1.0, nan, 3.0], [1.0, 5.0, 1.0]), 2.0, rel_tol=1e-12)
    assert math.isclose(candidate([4.0, 10.0], [nan, 2.0]), 10.0, rel_tol=1e-12)
    assert math.isclose(candidate([-5.0, 5.0, 7.5], [3.0, 1.0, 0.0]), -2.5, rel_tol=1e-12)
    assert math.isclose(candidate([0.1, 0.2, 0.3], [0.5, 0.25, 0.25]), 0.175, rel_tol=1e-12)
    assert math.isclose(candidate([1e300, 1e300], [1.0, 3.0]), 1e300, rel_tol=1e-12)
    assert math.isclose(candidate([2.0, nan, nan, 6.0], [nan, 1.0, nan, 0.5]), 6.0, rel_tol=1e-12)
    for vals, ws in (([1.0, 2.0], [1.0]), ([1.0, 2.0], [0.0, 0.0]), ([nan, 2.0], [1.0, nan]),
                     ([], []), ([1.0, 2.0], [2.0, -1.0])):
        try:
            candidate(vals, ws)
            assert False, "expected ValueError"
        except ValueError:
            pass
