def _raises(candidate, s, exc):
    try:
        candidate(s)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert candidate("2 + 3 * 4") == 14
    assert candidate("-2^2") == -4
    assert candidate("7 / -2") == -3
    assert candidate("2^3^2") == 512
    assert candidate("-7 % 3") == -1
    assert candidate("7 % -3") == 1
    assert candidate("-7/2") == -3
    assert candidate("(1+2)*-3") == -9
    assert candidate("10/3*3") == 9
    assert candidate("--3") == 3
    assert candidate("-(2)^2") == -4
    assert candidate("(-2)^2") == 4
    assert candidate("2^100") == 1267650600228229401496703205376
    assert candidate("-8 / 2 / 2") == -2
    assert candidate("2-3-4") == -5
    assert candidate("  42  ") == 42
    assert candidate("0^0") == 1
    assert candidate("2^+3") == 8
    assert candidate("+" * 3 + "5") == 5
    assert candidate("1+" * 10000 + "1") == 10001
    assert candidate("(" * 100 + "7" + ")" * 100) == 7
    assert _raises(candidate, "1/0", ZeroDivisionError)
    assert _raises(candidate, "5%(2-2)", ZeroDivisionError)
    assert _raises(candidate, "2^-1", ValueError)
    assert _raises(candidate, "", ValueError)
    assert _raises(candidate, "1 +", ValueError)
    assert _raises(candidate, "(1", ValueError)
    assert _raises(candidate, "1)", ValueError)
    assert _raises(candidate, "1 2", ValueError)
    assert _raises(candidate, "2**3", ValueError)
    assert _raises(candidate, "1.5", ValueError)
    assert _raises(candidate, "\u0663+1", ValueError)
