import math


def check(candidate):
    assert math.isclose(candidate([0.0, 1.0, 3.0], [0.0, 2.0, 2.0]), 5.0, rel_tol=1e-12)
    assert candidate([2.0], [7.0]) == 0.0
    assert candidate([], []) == 0.0
    assert math.isclose(candidate([-1.0, 0.0, 0.5], [1.0, 1.0, 1.0]), 1.5, rel_tol=1e-12)
    assert math.isclose(candidate([0.0, 0.1, 0.5, 2.0], [1.0, -1.0, 3.0, 0.0]), 2.65, rel_tol=1e-12)
    assert math.isclose(candidate([10.0, 10.25, 11.0, 14.0], [2.0, 2.0, 4.0, -2.0]), 0.5 + 2.25 + 3.0, rel_tol=1e-12)
    xs = [i * i / 100.0 for i in range(101)]
    ys = [x * x for x in xs]
    assert math.isclose(candidate(xs, ys), sum((xs[i + 1] - xs[i]) * (ys[i] + ys[i + 1]) / 2 for i in range(100)), rel_tol=1e-12)
    assert math.isclose(candidate(xs, ys), 1e6 / 3.0, rel_tol=1e-3)
    try:
        candidate([0.0, 1.0], [1.0])
        assert False, "expected ValueError"
    except ValueError:
        pass
