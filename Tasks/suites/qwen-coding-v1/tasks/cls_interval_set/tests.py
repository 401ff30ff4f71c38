def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    S = candidate
    s = S([(8, 10), (1, 3), (3, 5)])
    assert list(s) == [(1, 5), (8, 10)] and len(s) == 2 and s.span() == (1, 10)
    assert 1 in s and 4.999 in s and 5 not in s and 10 not in s and 0 not in s and 9 in s
    s.add(4, 8)
    assert list(s) == [(1, 10)]
    s.add(20, 30)
    s.add(12, 15)
    s.add(11, 21)
    assert list(s) == [(1, 10), (11, 30)] and s.total_length() == 28
    s.remove(2, 5)
    assert list(s) == [(1, 2), (5, 10), (11, 30)] and 2 not in s and 5 in s and 1.5 in s
    s.remove(10, 11)
    s.remove(0, 1)
    assert list(s) == [(1, 2), (5, 10), (11, 30)]
    s.remove(6, 29)
    assert list(s) == [(1, 2), (5, 6), (29, 30)] and s.total_length() == 3
    s.remove(0, 100)
    assert list(s) == [] and not s and s.span() is None and len(s) == 0 and 1 not in s
    assert _raises(ValueError, s.add, 3, 3) and _raises(ValueError, s.remove, 5, 1)
    assert S([(0, 1), (2, 3)]) == S([(2, 3), (0, 0.5), (0.5, 1)]) and S([(0, 1)]) != S([(0, 2)])
    f = S([(0.5, 1.5)])
    f.add(-1, 0.5)
    assert list(f) == [(-1, 1.5)] and 0.5 in f and -1 in f and 1.5 not in f
