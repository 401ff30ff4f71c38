def check(candidate):
    assert candidate(10, 10) == 2
    assert candidate(5, 2) == 3
    assert candidate(10, 16) == 2
    assert candidate(0, 10) == 0
    assert candidate(1, 2) == 0
    assert candidate(100, 10) == 24
    assert candidate(10, 12) == 4
    assert candidate(9, 12) == 3
    assert candidate(20, 72) == 4
    assert candidate(6, 7) == 0
    assert candidate(10**18, 10) == 249999999999999995
    assert candidate(10**18, 999983) == 1000018000324
    assert candidate(10**18, 2**19) == 52631578947368419
    assert candidate(50, 1000000) == 2
