def check(candidate):
    assert candidate(1, 10, 2, 3) == 7
    assert candidate(1, 12, 4, 6) == 4
    assert candidate(-5, 5, 5, 7) == 3
    assert candidate(0, 0, 3, 4) == 1
    assert candidate(1, 1, 3, 4) == 0
    assert candidate(10, 1, 2, 3) == 0
    assert candidate(-20, -1, 4, 6) == 7
    assert candidate(-13, -7, 3, 3) == 2
    assert candidate(1, 100, 1, 7) == 100
    assert candidate(1, 10**18, 6, 10) == 10**18 // 6 + 10**18 // 10 - 10**18 // 30
    assert candidate(-10**18, 10**18, 10**9, 10**9 + 7) == 3999999987
