def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert _raises(ValueError, candidate, 0, 3)
    g = candidate(3, 2, fill=".")
    assert len(g) == 6 and g[2, 1] == "."
    g[2, 1] = "#"
    g[0, 1] = 5
    assert str(g) == ". . .\n5 . #"
    assert _raises(IndexError, g.__getitem__, (-1, 0))
    assert _raises(IndexError, g.__getitem__, (0, -1)) and _raises(IndexError, g.__setitem__, (3, 0), "x")
    assert _raises(IndexError, g.__getitem__, (0, 2))
    assert (2, 1) in g and (3, 1) not in g and (-1, 0) not in g
    assert [p for p, _ in g] == [(0, 0), (1, 0), (2, 0), (0, 1), (1, 1), (2, 1)]
    assert [v for _, v in g] == [".", ".", ".", 5, ".", "#"]
    assert g.neighbours(0, 0) == [(1, 0), (0, 1)]
    assert g.neighbours(1, 1) == [(1, 0), (2, 1), (0, 1)]
    assert g.neighbours(1, 0, diagonal=True) == [(2, 0), (2, 1), (1, 1), (0, 1), (0, 0)]
    big = candidate(3, 3, 0)
    assert big.neighbours(1, 1, True) == [(1, 0), (2, 0), (2, 1), (2, 2), (1, 2), (0, 2), (0, 1), (0, 0)]
    assert _raises(IndexError, big.neighbours, 3, 0)
