def check(candidate):
    assert candidate(32) is True
    assert candidate(-4) is False
    assert candidate(-27) is True
    assert candidate(0) is False
    assert candidate(1) is False
    assert candidate(-1) is False
    assert candidate(2) is False
    assert candidate(4) is True
    assert candidate(-16) is False
    assert candidate(-64) is True
    assert candidate(-32) is True
    assert candidate(72) is False
    assert candidate(3**40) is True
    assert candidate(3**40 + 1) is False
    assert candidate(7**1201) is True
    assert candidate(7**1201 - 1) is False
    assert candidate((10**12 + 39)**2) is True
    assert candidate((10**12 + 39)**2 - 1) is False
    assert candidate(-(13**31)) is True
    assert candidate(-(6**2 * 5**2)) is False
