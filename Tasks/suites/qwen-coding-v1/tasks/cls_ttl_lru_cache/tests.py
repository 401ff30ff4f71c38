def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    now = [0.0]
    clock = lambda: now[0]
    assert _raises(ValueError, candidate, 0, 5, clock) and _raises(ValueError, candidate, 2, 0, clock)
    c = candidate(3, 10, clock)
    c.set("a", 1)
    c.set("b", 2)
    c.set("c", 3)
    assert c.get("a") == 1 and c.keys() == ["b", "c", "a"]
    now[0] = 1.0
    c.set("d", 4)
    assert c.keys() == ["c", "a", "d"] and c.get("b", "none") == "none"
    assert "c" in c
    now[0] = 2.0
    c.set("e", 5)
    assert c.keys() == ["a", "d", "e"]
    now[0] = 3.0
    c.set("a", 10)
    assert c.keys() == ["d", "e", "a"] and c.get("a") == 10
    now[0] = 4.0
    c.set("f", 6)
    assert c.keys() == ["e", "a", "f"] and len(c) == 3
    now[0] = 12.0
    assert len(c) == 2 and "e" not in c and c.get("a") == 10 and c.keys() == ["f", "a"]
    now[0] = 15.0
    c2 = candidate(3, 100, clock)
    c2.set("live1", 1)
    c2.set("short", 2, ttl=2)
    c2.set("live2", 3)
    now[0] = 16.999
    assert "short" in c2
    now[0] = 17.0
    assert c2.get("short") is None
    c2.set("short", 2, ttl=2)
    now[0] = 19.0
    c2.set("new", 4)
    assert c2.keys() == ["live1", "live2", "new"]
    assert _raises(KeyError, c2.__delitem__, "short") and _raises(ValueError, c2.set, "x", 1, 0)
    del c2["live1"]
    assert c2.keys() == ["live2", "new"] and "live1" not in c2
