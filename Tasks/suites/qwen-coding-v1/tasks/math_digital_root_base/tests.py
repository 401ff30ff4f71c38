def check(candidate):
    assert candidate(493193, 10) == 2
    assert candidate(255, 16) == 15
    assert candidate(6, 2) == 1
    assert candidate(0, 10) == 0
    assert candidate(0, 2) == 0
    assert candidate(9, 10) == 9
    assert candidate(18, 10) == 9
    assert candidate(35, 36) == 35
    assert candidate(36, 36) == 1
    assert candidate(48, 7) == 6
    assert candidate(49, 7) == 1
    assert candidate(10**400 + 3, 10) == 4
    assert candidate(2**200, 3) == 2
