def check(candidate):
    assert candidate(14, 4) == 16
    assert candidate(10, 4) == 8
    assert candidate(-6, 4) == -8
    assert candidate(-10, 4) == -8
    assert candidate(7, 5) == 5
    assert candidate(8, 5) == 10
    assert candidate(0, 3) == 0
    assert candidate(-1, 3) == 0
    assert candidate(-2, 3) == -3
    assert candidate(15, 10) == 20
    assert candidate(25, 10) == 20
    assert candidate(13, 1) == 13
    assert candidate(10**25 + 7, 10) == 10**25 + 10
    assert candidate(3 * 10**30 + 5, 10) == 3 * 10**30
    try:
        candidate(5, 0)
        assert False, "expected ValueError"
    except ValueError:
        pass
    try:
        candidate(5, -2)
        assert False, "expected ValueError"
    except ValueError:
        pass
