def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("23.5°C") == 23.5
    assert candidate("74 F") == 23.33
    assert candidate("300k") == 26.85
    assert candidate("-40F") == -40.0
    assert candidate("0K") == -273.15
    assert candidate("98.6 °f") == 37.0
    assert candidate("  -3.2 c ") == -3.2
    assert candidate("+5C") == 5.0
    assert candidate("0.001 K") == -273.15
    assert _bad(candidate, "-1K")
    assert _bad(candidate, "12")
    assert _bad(candidate, "°C")
    assert _bad(candidate, ".5C")
    assert _bad(candidate, "5.C")
    assert _bad(candidate, "20 ° C")
    assert _bad(candidate, "20 R")
    assert _bad(candidate, "")
