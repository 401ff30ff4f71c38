import math


def _close_all(got, exp, rel=1e-12):
    return len(got) == len(exp) and all(math.isclose(g, e, rel_tol=rel, abs_tol=0.0) for g, e in zip(got, exp))


def check(candidate):
    assert _close_all(candidate(1.0, -3.0, 2.0), (1.0, 2.0))
    assert _close_all(candidate(1.0, -4.0, 4.0), (2.0,))
    assert candidate(1.0, 0.0, 1.0) == ()
    assert _close_all(candidate(1.0, 1e8, 1.0), (-99999999.99999999, -1.0000000000000001e-08))
    assert _close_all(candidate(1.0, -1e9, 2.0), (2e-09, 999999999.999999998))
    assert _close_all(candidate(0.0, 2.0, -3.0), (1.5,))
    assert _close_all(candidate(-2.0, 0.0, 8.0), (-2.0, 2.0))
    assert _close_all(candidate(3.0, 6.0, 0.0), (-2.0, 0.0)) and candidate(3.0, 6.0, 0.0)[1] == 0.0
    assert candidate(5.0, 0.0, 0.0) == (0.0,)
    assert _close_all(candidate(1e-3, 1e5, -1e-6), (-1e8 - 1e-8, 1e-11))
    assert _close_all(candidate(2.0, -1e12, 3.0), (3e-12, 5e11))
    try:
        candidate(0.0, 0.0, 1.0)
        assert False, "expected ValueError"
    except ValueError:
        pass
