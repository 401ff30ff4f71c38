def check(candidate):
    assert candidate(0) == (1970, 1, 1, 0, 0, 0, 4)
    assert candidate(-1) == (1969, 12, 31, 23, 59, 59, 3)
    assert candidate(951782400) == (2000, 2, 29, 0, 0, 0, 2)
    assert candidate(-86401) == (1969, 12, 30, 23, 59, 59, 2)
    assert candidate(-2203891200) == (1900, 3, 1, 0, 0, 0, 4)
    assert candidate(-2203977600) == (1900, 2, 28, 0, 0, 0, 3)
    assert candidate(4107542400) == (2100, 3, 1, 0, 0, 0, 1)
    assert candidate(1709251199) == (2024, 2, 29, 23, 59, 59, 4)
    assert candidate(2**31) == (2038, 1, 19, 3, 14, 8, 2)
    assert candidate(-62135596800) == (1, 1, 1, 0, 0, 0, 1)
    assert candidate(253402300799) == (9999, 12, 31, 23, 59, 59, 5)
    for bad in (-62135596801, 253402300800, 10**15):
        try:
            candidate(bad)
            assert False, "expected ValueError"
        except ValueError:
            pass
