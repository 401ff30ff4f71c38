def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    V = candidate
    assert V("1.2") == V("1.2.0") == V(" v1.2.0.0 ") and V("1.2") != V("1.2.1")
    assert len({V("1.2"), V("1.2.0"), V("V01.02"), V("1.20")}) == 2
    assert V("1.9") < V("1.10") and V("1.10") > V("1.9.9") and V("2") > V("1.999")
    assert V("1.2") < V("1.2.0.1") and not (V("1.2.0") < V("1.2"))
    assert sorted([V("1.10"), V("1.2"), V("1.2.0"), V("0.9")], key=str) == [V("0.9"), V("1.10"), V("1.2"), V("1.2.0")]
    assert [str(v) for v in sorted([V("1.10"), V("v1.2.1"), V("1.02"), V("0.9")])] == ["0.9", "1.2", "1.2.1", "1.10"]
    assert V("v01.2.0").parts == (1, 2, 0) and str(V("v01.2.0")) == "1.2.0" and repr(V("7")) == "Version('7')"
    assert all(_raises(ValueError, V, s) for s in ("1..2", "1.2.", ".1", "1.-2", "1. 2", "", "v", "vv1", "1.a", "1.+2", "1_0"))
    assert str(V("1.2.7").bump(1)) == "1.3.0" and str(V("3").bump(2)) == "3.0.1" and str(V("1.9.9").bump(0)) == "2.0.0"
    assert V("1.2.3").bump(2).parts == (1, 2, 4) and _raises(ValueError, V("1.2").bump, -1)
    assert (V("1.0") == "1.0") is False
