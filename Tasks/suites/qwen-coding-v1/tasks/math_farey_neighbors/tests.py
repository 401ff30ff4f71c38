def check(candidate):
    assert candidate(1, 2, 5) == ((2, 5), (3, 5))
    assert candidate(0, 1, 4) == (None, (1, 4))
    assert candidate(6, 9, 7) == ((3, 5), (5, 7))
    assert candidate(1, 1, 6) == ((5, 6), None)
    assert candidate(0, 5, 1) == (None, (1, 1))
    assert candidate(3, 3, 1) == ((0, 1), None)
    assert candidate(1, 3, 3) == ((0, 1), (1, 2))
    assert candidate(3, 7, 8) == ((2, 5), (1, 2))
    assert candidate(3, 7, 10) == ((2, 5), (4, 9))
    assert candidate(1, 100, 100) == ((0, 1), (1, 99))
    assert candidate(2, 7, 10**15) == ((285714285714285, 999999999999998), (285714285714285, 999999999999997))
    assert candidate(355, 452, 10**12) == ((785398230072, 999999999979), (785398230083, 999999999993))
    assert candidate(710, 904, 10**12) == ((785398230072, 999999999979), (785398230083, 999999999993))
    for bad in ((1, 7, 6), (-1, 3, 5), (4, 3, 5), (1, 0, 5)):
        try:
            candidate(*bad)
            assert False, "expected ValueError"
        except ValueError:
            pass
