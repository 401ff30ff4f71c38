def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    t = candidate()
    assert len(t) == 0 and list(t) == [] and t.leader() is None and t.total() == 0
    t.add("pear")
    t.add("apple", 3)
    t.add("pear", 2)
    t.add("fig", 3)
    assert list(t) == ["pear", "apple", "fig"]
    assert (t["pear"], t["apple"], t["fig"], t["kiwi"]) == (3, 3, 3, 0)
    assert "kiwi" not in t and len(t) == 3
    assert t.leader() == "pear"
    t.remove("pear", 10)
    assert "pear" not in t and list(t) == ["apple", "fig"] and len(t) == 2
    assert t.leader() == "apple"
    t.add("pear")
    assert list(t) == ["apple", "fig", "pear"]
    t.remove("fig", 2)
    assert t["fig"] == 1 and t.total() == 5
    assert _raises(KeyError, t.remove, "kiwi")
    assert _raises(ValueError, t.add, "x", 0)
    assert _raises(ValueError, t.remove, "apple", -1)
    assert t["apple"] == 3
    t2 = candidate()
    t2.add("zeta", 2)
    t2.add("alpha", 2)
    assert t2.leader() == "zeta"
    t2.add("alpha")
    assert t2.leader() == "alpha"
