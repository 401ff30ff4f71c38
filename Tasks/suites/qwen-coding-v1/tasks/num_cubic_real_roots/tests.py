import math


def _match(got, exp):
    if len(got) != len(exp):
        return False
    return all(math.isclose(g, e, rel_tol=1e-9, abs_tol=1e-9) for g, e in zip(got, exp))


def check(candidate):
    assert _match(candidate(1, -6, 11, -6), [1.0, 2.0, 3.0])
    assert _match(candidate(1, -4, 5, -2), [1.0, 2.0])
    assert _match(candidate(1, 0, 0, -8), [2.0])
    assert _match(candidate(1, -3, 3, -1), [1.0])
    assert _match(candidate(2, 0, 0, 0), [0.0])
    assert _match(candidate(-1, 0, 1, 0), [-1.0, 0.0, 1.0])
    assert _match(candidate(4, -12, 9, 0), [0.0, 1.5])
    assert _match(candidate(1, 0, -3000000, 2000000000), [-2000.0, 1000.0])
    assert _match(candidate(1, -3000, 2999999, -999999000), [999.0, 1000.0, 1001.0])
    assert _match(candidate(1, 0, 1, 1), [-0.6823278038280193])
    assert _match(candidate(1, 0, -2, 0), [-math.sqrt(2.0), 0.0, math.sqrt(2.0)])
    assert _match(candidate(1, 0, 0, -10**30), [1e10])
    assert _match(candidate(27, -54, 36, -8), [2.0 / 3.0])
    assert _match(candidate(9, -3, -5, -1), [-1.0 / 3.0, 1.0])
    assert _match(candidate(3, -5, 0, 7), [-0.9451800564209666])
    try:
        candidate(0, 1, 2, 3)
        assert False, "expected ValueError"
    except ValueError:
        pass
