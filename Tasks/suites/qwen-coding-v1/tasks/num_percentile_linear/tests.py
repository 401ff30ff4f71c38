import math


def check(candidate):
    assert math.isclose(candidate([15.0, 20.0, 35.0, 40.0, 50.0], 40), 29.0, rel_tol=1e-12)
    assert math.isclose(candidate([1.0, 2.0, 3.0, 4.0], 50), 2.5, rel_tol=1e-12)
    assert math.isclose(candidate([7.0], 90), 7.0, rel_tol=1e-12)
    data = [50.0, 15.0, 40.0, 20.0, 35.0]
    assert math.isclose(candidate(data, 0), 15.0, rel_tol=1e-12)
    assert math.isclose(candidate(data, 100), 50.0, rel_tol=1e-12)
    assert math.isclose(candidate(data, 90), 46.0, rel_tol=1e-12)
    assert data == [50.0, 15.0, 40.0, 20.0, 35.0]
    assert math.isclose(candidate([-3.0, -1.0, 10.0], 25), -2.0, rel_tol=1e-12)
    assert math.isclose(candidate([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0], 33.3), 3.997, rel_tol=1e-12)
    assert math.isclose(candidate([0.1, 0.2], 99.9), 0.1999, rel_tol=1e-12)
    for bad in (([], 50), ([1.0], -0.5), ([1.0, 2.0], 100.01)):
        try:
            candidate(*bad)
            assert False, "expected ValueError"
        except ValueError:
            pass
