def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate('40°26\'46"N 79°58\'56"W') == (40.446111, -79.982222)
    assert candidate("0°N, 180°E") == (0.0, 180.0)
    assert candidate("51°30′26.5″N, 0°7′39″W") == (51.507361, -0.1275)
    assert candidate("33°52'S 151°12'E") == (-33.866667, 151.2)
    assert candidate("12°34'N,56°E") == (12.566667, 56.0)
    assert candidate("  12°N\t\t34°W  ") == (12.0, -34.0)
    assert candidate("90°S 180°W") == (-90.0, -180.0)
    assert candidate("45°30'59.999\"N 10°E") == (45.516666, 10.0)
    assert _bad(candidate, "90°0'1\"N 0°E")
    assert _bad(candidate, "0°N 180°0'0.1\"W")
    assert _bad(candidate, "45°60'N 0°E")
    assert _bad(candidate, "45°30'60\"N 0°E")
    assert _bad(candidate, "10°E 45°N")
    assert _bad(candidate, "45°N")
    assert _bad(candidate, "45°n 10°e")
    assert _bad(candidate, "45° 30'N 10°E")
    assert _bad(candidate, "45°30\"N 10°E")
    assert _bad(candidate, "")
