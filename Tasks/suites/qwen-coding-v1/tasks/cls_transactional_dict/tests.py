def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    d = candidate({"a": 1, "b": 2, "c": 3})
    assert list(d) == ["a", "b", "c"] and len(d) == 3 and d.depth == 0 and d.get("zz", 0) == 0
    with d.transaction():
        d["x"] = 9
        del d["a"]
        assert d.depth == 1 and "a" not in d
    assert list(d.items()) == [("b", 2), ("c", 3), ("x", 9)] and d.depth == 0
    caught = False
    try:
        with d.transaction():
            del d["b"]
            d["b"] = 20
            d["z"] = 0
            d.pop("x")
            raise KeyError("boom")
    except KeyError:
        caught = True
    assert caught and list(d.items()) == [("b", 2), ("c", 3), ("x", 9)] and d.depth == 0
    with d.transaction():
        d["p"] = 1
        try:
            with d.transaction():
                d["q"] = 2
                d["p"] = 100
                assert d.depth == 2
                raise ValueError
        except ValueError:
            pass
        assert d["p"] == 1 and "q" not in d and d.depth == 1
    assert list(d) == ["b", "c", "x", "p"]
    d.begin()
    d["outer"] = 1
    with d.transaction():
        d["inner"] = 2
        del d["b"]
    assert "inner" in d and "b" not in d
    d.rollback()
    assert list(d) == ["b", "c", "x", "p"] and d.depth == 0
    assert _raises(RuntimeError, d.commit) and _raises(RuntimeError, d.rollback)
    assert _raises(KeyError, d.__delitem__, "missing")
    e = candidate()
    e.begin()
    e.update(k=1)
    e.commit()
    assert dict(e) == {"k": 1} and e.depth == 0
