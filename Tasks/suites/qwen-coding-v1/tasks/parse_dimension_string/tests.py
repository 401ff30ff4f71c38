def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("1920x1080") == (1920, 1080)
    assert candidate("800 × 600 px") == (800, 600)
    assert candidate("3 BY 4") == (3, 4)
    assert candidate("  7x7 ") == (7, 7)
    assert candidate("10 X 20PX") == (10, 20)
    assert candidate("10 x20") == (10, 20)
    assert candidate("007×010") == (7, 10)
    assert candidate("640\tby\t480") == (640, 480)
    assert _bad(candidate, "0x10")
    assert _bad(candidate, "10x0")
    assert _bad(candidate, "10x")
    assert _bad(candidate, "10by20")
    assert _bad(candidate, "10 by20")
    assert _bad(candidate, "1,920x1,080")
    assert _bad(candidate, "-5x5")
    assert _bad(candidate, "")
    assert _bad(candidate, "\u0661\u0660x\u0662\u0660")
    assert _bad(candidate, "10x20 pt")
