import math


def check(candidate):
    assert math.isclose(candidate(lambda t, y: y, 0.0, 1.0, 1.0, 1), 65.0 / 24.0, rel_tol=1e-12)
    assert math.isclose(candidate(lambda t, y: 2 * t, 0.0, 0.0, 3.0, 3), 9.0, rel_tol=1e-12)
    assert math.isclose(candidate(lambda t, y: y, 0.0, 1.0, 1.0, 10), math.e, rel_tol=1e-5)
    assert abs(candidate(lambda t, y: y, 0.0, 1.0, 1.0, 10) - math.e) > 1e-7
    assert math.isclose(candidate(lambda t, y: y, 0.0, 1.0, 1.0, 100), math.e, rel_tol=1e-9)
    assert math.isclose(candidate(lambda t, y: 4 * t ** 3, 1.0, 1.0, 2.0, 1), 16.0, rel_tol=1e-12)
    assert math.isclose(candidate(lambda t, y: -y, 2.0, math.exp(-2.0), 0.0, 200), 1.0, rel_tol=1e-9)
    assert candidate(lambda t, y: y * y, 5.0, 3.25, 5.0, 4) == 3.25
    assert math.isclose(candidate(lambda t, y: math.cos(t) * y, 0.0, 1.0, 2.0, 400), math.exp(math.sin(2.0)), rel_tol=1e-9)
    assert math.isclose(candidate(lambda t, y: 3 * t * t, 2.0, 0.0, -1.0, 3), -9.0, rel_tol=1e-12)
    try:
        candidate(lambda t, y: y, 0.0, 1.0, 1.0, 0)
        assert False, "expected ValueError"
    except ValueError:
        pass
