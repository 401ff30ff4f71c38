import math


def check(candidate):
    assert math.isclose(candidate([2.0, 8.0]), 4.0, rel_tol=1e-12)
    assert math.isclose(candidate([1e300, 1e300, 1e300]), 1e300, rel_tol=1e-12)
    assert candidate([5.0, 0.0, 3.0]) == 0.0
    assert math.isclose(candidate([7.25]), 7.25, rel_tol=1e-12)
    assert math.isclose(candidate([1e-300] * 50), 1e-300, rel_tol=1e-11)
    assert math.isclose(candidate([1e200, 1e-200, 4.0, 0.25]), 1.0, rel_tol=1e-12)
    assert math.isclose(candidate([1.0, 10.0, 100.0, 1000.0]), 10.0 ** 1.5, rel_tol=1e-12)
    assert math.isclose(candidate([3.0] * 1000 + [1e308]), math.exp((1000 * math.log(3.0) + math.log(1e308)) / 1001), rel_tol=1e-12)
    for bad in ([], [1.0, -2.0]):
        try:
            candidate(bad)
            assert False, "expected ValueError"
        except ValueError:
            pass
