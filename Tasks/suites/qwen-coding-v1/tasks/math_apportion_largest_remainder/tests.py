def check(candidate):
    assert candidate(10, [1, 1, 1]) == [4, 3, 3]
    assert candidate(7, [50, 30, 20]) == [4, 2, 1]
    assert candidate(28, [19, 25, 40]) == [7, 8, 13]
    assert candidate(17, [40, 6, 24, 22, 10]) == [7, 1, 4, 4, 1]
    assert candidate(41, [27, 35, 26, 20, 15]) == [9, 12, 9, 6, 5]
    assert candidate(0, [3, 4]) == [0, 0]
    assert candidate(5, [0, 1, 0]) == [0, 5, 0]
    assert candidate(2, [1, 1, 1, 1]) == [1, 1, 0, 0]
    assert candidate(3, [5]) == [3]
    assert candidate(100, [1, 2, 3, 4]) == [10, 20, 30, 40]
    assert candidate(10**12, [1, 1, 1]) == [333333333334, 333333333333, 333333333333]
    for bad in ([], [1, -1, 2], [0, 0]):
        try:
            candidate(5, bad)
            assert False, "expected ValueError"
        except ValueError:
            pass
