import math


def _close3(got, exp, rel=1e-9, abs_=1e-9):
    return len(got) == 3 and all(math.isclose(g, e, rel_tol=rel, abs_tol=abs_) for g, e in zip(got, exp))


def check(candidate):
    assert _close3(candidate([0.0, 1.0, 2.0], [1.0, 3.0, 5.0]), (2.0, 1.0, 1.0))
    assert _close3(candidate([1.0, 2.0, 3.0], [4.0, 4.0, 4.0]), (0.0, 4.0, 1.0))
    assert _close3(candidate([0.0, 1.0, 2.0, 3.0], [1.0, 3.0, 2.0, 5.0]), (1.1, 1.1, 0.6914285714285714))
    assert _close3(candidate([-2.0, 5.0], [3.0, -4.0]), (-1.0, 1.0, 1.0))
    xs = [1e8 + k for k in range(5)]
    ys = [3.0, 5.0, 7.5, 9.0, 11.0]
    assert _close3(candidate(xs, ys), (2.0, -199999996.9, 40.0 / 40.2), rel=1e-9, abs_=1e-6)
    xs2 = [1e9 + 0.1 * k for k in range(6)]
    ys2 = [2.0 * (0.1 * k) + 7.0 for k in range(6)]
    s, i, r2 = candidate(xs2, ys2)
    assert math.isclose(s, 2.0, rel_tol=1e-6) and math.isclose(r2, 1.0, rel_tol=1e-9)
    assert _close3(candidate([0.0, 1.0, 2.0], [0.0, 1.0, 0.0]), (0.0, 1.0 / 3.0, 0.0))
    for bad in (([1.0], [2.0]), ([1.0, 2.0], [1.0]), ([3.0, 3.0, 3.0], [1.0, 2.0, 3.0])):
        try:
            candidate(*bad)
            assert False, "expected ValueError"
        except ValueError:
            pass
