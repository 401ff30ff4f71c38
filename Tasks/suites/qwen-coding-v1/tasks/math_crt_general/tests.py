def check(candidate):
    assert candidate([2, 3, 2], [3, 5, 7]) == (23, 105)
    assert candidate([1, 3], [4, 6]) == (9, 12)
    assert candidate([1, 2], [4, 6]) is None
    assert candidate([], []) == (0, 1)
    assert candidate([5], [1]) == (0, 1)
    assert candidate([-1], [7]) == (6, 7)
    assert candidate([17, 5], [5, 5]) is None
    assert candidate([12, 2], [5, 5]) == (2, 5)
    assert candidate([3, 3, 3], [4, 6, 8]) == (3, 24)
    assert candidate([0, 0], [10**12, 10**12 + 2]) == (0, (10**12) * (10**12 + 2) // 2)
    m1, m2 = 2**61 - 1, 10**18 + 9
    x, L = candidate([123, -456], [m1, m2])
    assert L == m1 * m2 and 0 <= x < L and x % m1 == 123 and x % m2 == (-456) % m2
    assert candidate([7, 7, 7], [12, 18, 30]) == (7, 180)
    assert candidate([7, 1, 11], [12, 18, 30]) is None
    assert candidate([1, 13, 25], [12, 18, 30]) == (85, 180)
    try:
        candidate([1, 2], [3])
        assert False, "expected ValueError"
    except ValueError:
        pass
    try:
        candidate([1], [0])
        assert False, "expected ValueError"
    except ValueError:
        pass
