def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    C = candidate
    assert tuple(C.parse(" #F80 ")) == (255, 136, 0)
    assert C.parse("0a0B0c") == C(10, 11, 12) and str(C.parse("0A0B0C")) == "#0a0b0c"
    assert repr(C.parse("#abc")) == "Color(170, 187, 204)"
    assert all(_raises(ValueError, C.parse, s) for s in ("#ff88", "ggg", "#1234567", "", "# fff", "0xfff", "##fff", "#f ff f", "+1+2+3"))
    assert _raises(ValueError, C, 256, 0, 0) and _raises(ValueError, C, 0, -1, 0)
    assert len({C(1, 2, 3), C.parse("#010203"), C(3, 2, 1)}) == 2
    assert C(0, 0, 0).mix(C(1, 3, 5)) == C(1, 2, 3)
    assert C(10, 20, 30).mix(C(110, 120, 130), 0.25) == C(35, 45, 55)
    assert C(10, 20, 30).mix(C(200, 0, 9), 0) == C(10, 20, 30) and C(10, 20, 30).mix(C(200, 0, 9), 1) == C(200, 0, 9)
    assert _raises(ValueError, C(0, 0, 0).mix, C(1, 1, 1), 1.5)
    assert C(0, 0, 0).is_dark() and not C.parse("fff").is_dark() and C(127, 127, 127).is_dark() and not C(129, 129, 129).is_dark()
    assert (C(1, 2, 3) == (1, 2, 3)) is False
