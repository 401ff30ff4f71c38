import math


def check(candidate):
    xs = [0.0, 1.0, 2.0]
    ys = [0.0, 1.0, 0.0]
    assert math.isclose(candidate(xs, ys, 0.5), 0.6875, rel_tol=1e-12)
    assert math.isclose(candidate(xs, ys, -1.0), -1.0, rel_tol=1e-12)
    assert math.isclose(candidate([1.0, 3.0], [2.0, 6.0], 2.5), 5.0, rel_tol=1e-12)
    assert math.isclose(candidate([1.0, 3.0], [2.0, 6.0], 10.0), 20.0, rel_tol=1e-12)
    assert math.isclose(candidate(xs, ys, 1.5), 0.6875, rel_tol=1e-12)
    assert math.isclose(candidate(xs, ys, 3.0), -1.0, rel_tol=1e-12)
    ux = [0.0, 0.5, 2.0, 2.5, 6.0]
    uy = [1.0, -2.0, 3.0, 0.5, 4.0]
    for xv, yv in zip(ux, uy):
        assert math.isclose(candidate(ux, uy, xv), yv, rel_tol=1e-12, abs_tol=1e-12)
    assert math.isclose(candidate(ux, uy, 1.0), -1.0084097859327217, rel_tol=1e-9)
    assert math.isclose(candidate(ux, uy, 4.2), -2.3132660550458715, rel_tol=1e-9)
    assert math.isclose(candidate(ux, uy, 7.0), 8.130733944954128, rel_tol=1e-9)
    assert math.isclose(candidate(ux, uy, -0.25), 2.8447534403669725, rel_tol=1e-9)
    lx = [0.0, 0.3, 1.7, 2.0, 5.0]
    assert math.isclose(candidate(lx, [3 * v - 1 for v in lx], 4.0), 11.0, rel_tol=1e-12)
    for bad in (([0.0], [1.0]), ([0.0, 1.0], [1.0]), ([0.0, 1.0, 1.0], [0.0, 1.0, 2.0]), ([2.0, 1.0], [0.0, 0.0])):
        try:
            candidate(bad[0], bad[1], 0.5)
            assert False, "expected ValueError"
        except ValueError:
            pass
