def check(candidate):
    assert candidate(10, 1, 10) == 4
    assert candidate(6, -6, 6) == 4
    assert candidate(1, 0, 0) == 1
    assert candidate(1, -5, 5) == 11
    assert candidate(7, 0, 0) == 0
    assert candidate(7, 5, 4) == 0
    assert candidate(12, -13, -1) == 5
    assert candidate(30, 31, 60) == 8
    assert candidate(2, -10**18, 10**18) == 10**18
    assert candidate(999999999989, 1, 10**18) == 999999999999000000
    assert candidate(200560490130, 1, 10**18) == 152852151388986039
    assert candidate(200560490130, -10**17 + 3, 10**17 - 7) == 30570430277797225
    assert candidate(2**40, 7, 10**15 + 7) == 500000000000001
