import math


def _check_seq(got, exp, rel=1e-9, abs_=1e-9):
    if len(got) != len(exp):
        return False
    for (gm, gv), (em, ev) in zip(got, exp):
        if not (math.isclose(gm, em, rel_tol=rel, abs_tol=abs_) and math.isclose(gv, ev, rel_tol=rel, abs_tol=abs_)):
            return False
    return True


def check(candidate):
    assert _check_seq(candidate([2.0, 4.0, 9.0]), [(2.0, 0.0), (3.0, 2.0), (5.0, 13.0)])
    assert candidate([]) == []
    assert _check_seq(candidate([5.5]), [(5.5, 0.0)])
    assert _check_seq(candidate([3.0, 3.0, 3.0]), [(3.0, 0.0), (3.0, 0.0), (3.0, 0.0)])
    assert _check_seq(candidate([-1.0, 1.0, -1.0, 1.0]), [(-1.0, 0.0), (0.0, 2.0), (-1.0 / 3.0, 4.0 / 3.0), (0.0, 4.0 / 3.0)])
    big = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]
    assert _check_seq(candidate(big), [(1e9 + 4, 0.0), (1e9 + 5.5, 4.5), (1e9 + 8, 21.0), (1e9 + 10, 30.0)])
    big2 = [1e12 + 0.5 * k for k in range(10)]
    res = candidate(big2)
    assert math.isclose(res[-1][1], 0.25 * 55 / 6, rel_tol=1e-9) and math.isclose(res[-1][0], 1e12 + 2.25, rel_tol=1e-15)
    data = [math.sin(k) * 100 for k in range(1, 501)]
    mean = sum(data) / 500
    var = sum((d - mean) ** 2 for d in data) / 499
    res = candidate(data)
    assert len(res) == 500 and math.isclose(res[-1][0], mean, rel_tol=1e-9, abs_tol=1e-9) and math.isclose(res[-1][1], var, rel_tol=1e-9)
