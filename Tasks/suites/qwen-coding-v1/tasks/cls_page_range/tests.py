def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    P = candidate
    assert str(P(" 5, 1 - 3,2,4, 9,10,")) == "1-5,9-10"
    assert str(P("7,3,4")) == "3-4,7" and str(P("1,3,5")) == "1,3,5" and str(P("")) == "" and str(P(" , ,")) == ""
    assert str(P("2-2,4")) == "2,4" and str(P("10-12,13,1")) == "1,10-13"
    p = P("3-7,5,20")
    assert len(p) == 6 and 6 in p and 8 not in p and 20 in p
    assert list(P("8,2-3,003")) == [2, 3, 8] and len(P("")) == 0
    assert P("1-3") == P("3,2,1") and P("1-3") != P("1-4")
    u = P("1-2") | P("3,9")
    assert str(u) == "1-3,9" and len(u) == 4
    assert all(_raises(ValueError, P, s) for s in ("3-1", "0", "0-2", "+3", "1-2-3", "a", "-4", "4-", "1 2", "²"))
    assert len(P("1-100000")) == 100000 and str(P("1-100000,100001")) == "1-100001"
