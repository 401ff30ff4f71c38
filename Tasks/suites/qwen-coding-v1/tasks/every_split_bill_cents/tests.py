def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert candidate(100, [1, 1, 1]) == [34, 33, 33] and candidate(-100, [1, 1, 1]) == [-34, -33, -33]
    assert candidate(1000, [1, 2, 3, 4]) == [100, 200, 300, 400] and candidate(0, [5]) == [0]
    assert candidate(10, [3, 3, 1]) == [4, 4, 2] and candidate(7, [2, 1, 2]) == [3, 1, 3]
    assert candidate(5, [0, 1, 1]) == [0, 3, 2] and candidate(1, [1, 1]) == [1, 0] and candidate(2, [1, 1, 1, 1]) == [1, 1, 0, 0]
    assert candidate(10 ** 18 + 1, [1, 1]) == [500000000000000001, 500000000000000000]
    assert candidate(10 ** 17, [1, 2]) == [33333333333333333, 66666666666666667]
    assert candidate(-7, [2, 1, 2]) == [-3, -1, -3] and sum(candidate(9999, [7, 11, 13, 0, 17])) == 9999
    assert candidate(9999, [7, 11, 13, 0, 17]) == [1458, 2292, 2708, 0, 3541]
    assert _raises(ValueError, candidate, 10, []) and _raises(ValueError, candidate, 10, [0, 0]) and _raises(ValueError, candidate, 10, [2, -1])
