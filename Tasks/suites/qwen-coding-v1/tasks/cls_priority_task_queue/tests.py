def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    q = candidate()
    assert len(q) == 0 and not q and list(q) == []
    assert _raises(IndexError, q.pop) and _raises(IndexError, q.peek)
    q.push("zeta", 1)
    q.push("alpha", 1)
    q.push("mid", 5)
    q.push("low", -2)
    assert list(q) == ["mid", "zeta", "alpha", "low"] and len(q) == 4 and list(q) == ["mid", "zeta", "alpha", "low"]
    assert _raises(ValueError, q.push, "zeta", 9)
    q.update("zeta", 1)
    assert list(q) == ["mid", "alpha", "zeta", "low"] and q.priority_of("zeta") == 1
    q.update("low", 7)
    assert q.peek() == "low" and q.priority_of("low") == 7 and len(q) == 4
    q.remove("mid")
    assert "mid" not in q and "alpha" in q and _raises(KeyError, q.remove, "mid") and _raises(KeyError, q.update, "mid", 1)
    assert [q.pop() for _ in range(len(q))] == ["low", "alpha", "zeta"] and not q
    q.push("mid", 3)
    assert q.pop() == "mid" and _raises(KeyError, q.priority_of, "mid")
    r = candidate()
    tasks = [("job", 1), (2, "job"), frozenset({1}), frozenset({1, 2}), None]
    for t in tasks:
        r.push(t, 0)
    r.push("first", 0.5)
    assert [r.pop() for _ in range(6)] == ["first"] + tasks
