def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert _raises(ValueError, candidate, 0)
    s = candidate(3)
    assert s.capacity == 3 and len(s) == 0 and not s
    assert _raises(IndexError, s.pop) and _raises(IndexError, s.peek)
    assert [s.push(x) for x in (1, 2, 3)] == [None, None, None]
    assert list(s) == [3, 2, 1] and list(s) == [3, 2, 1]
    assert s.push(4) == 1 and s.push(5) == 2
    assert list(s) == [5, 4, 3] and len(s) == 3 and bool(s)
    assert s.peek() == 5 and s.pop() == 5 and s.pop() == 4
    assert 3 in s and 4 not in s and len(s) == 1
    s.clear()
    assert len(s) == 0 and list(s) == []
    one = candidate(1)
    assert one.push("x") is None and one.push("y") == "x" and list(one) == ["y"]
