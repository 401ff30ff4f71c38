def check(candidate):
    assert candidate(7, 2) == 4
    assert candidate(-7, 2) == -3
    assert candidate(7, -2) == -3
    assert candidate(-7, -2) == 4
    assert candidate(6, 3) == 2
    assert candidate(-6, 3) == -2
    assert candidate(0, 5) == 0
    assert candidate(0, -5) == 0
    assert candidate(1, 10**30) == 1
    assert candidate(-1, 10**30) == 0
    assert candidate(10**40 + 1, 10**20) == 10**20 + 1
    assert candidate(-(10**40 + 1), -(10**20)) == 10**20 + 1
    try:
        candidate(3, 0)
        assert False, "expected ZeroDivisionError"
    except ZeroDivisionError:
        pass
