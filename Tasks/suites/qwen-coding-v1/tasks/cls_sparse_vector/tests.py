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
    v = S(4, {3: 2, 0: 1})
    w = S(4, {3: -2, 1: 5})
    assert list(v) == [1, 0, 0, 2] and len(v) == 4 and v.nnz() == 2
    assert v[-1] == 2 and v[-4] == 1 and v[2] == 0
    assert _raises(IndexError, v.__getitem__, 4) and _raises(IndexError, v.__getitem__, -5)
    assert _raises(IndexError, S, 3, {3: 1}) and _raises(IndexError, S, 3, {-1: 1})
    s = v + w
    assert s == S(4, {0: 1, 1: 5}) and s.nnz() == 2 and repr(s) == "SparseVector(4, {0: 1, 1: 5})"
    assert (v - v).nnz() == 0 and v - v == S(4) and list(v - w) == [1, -5, 0, 4]
    assert v @ w == -4 and S(3) @ S(3) == 0
    assert 3 * v == S(4, {0: 3, 3: 6}) and v * 0 == S(4) and (v * 0).nnz() == 0
    assert _raises(ValueError, lambda: v + S(5)) and _raises(ValueError, lambda: v @ S(3))
    u = S(5, {1: 0, 2: 7})
    assert u.nnz() == 1 and repr(u) == "SparseVector(5, {2: 7})"
    u[-1] = 4
    u[2] = 0
    assert list(u) == [0, 0, 0, 0, 4] and u.nnz() == 1
    assert _raises(IndexError, u.__setitem__, 5, 1)
    assert S(2, {0: 1}) != S(3, {0: 1}) and (S(1) == [0]) is False
    assert _raises(TypeError, hash, S(2))
