def check(candidate):
    assert candidate(3, 11) == 4
    assert candidate(-3, 11) == 7
    assert candidate(6, 9) is None
    assert candidate(0, 7) is None
    assert candidate(5, 1) == 0
    assert candidate(1, 2) == 1
    assert candidate(14, 11) == 4
    assert candidate(7, 20) == 3
    assert candidate(10, 25) is None
    m = 10**18 + 9
    x = candidate(123456789, m)
    assert x is not None and 0 <= x < m and (123456789 * x) % m == 1
    m2 = 2**89 - 1
    assert candidate(2**45, m2) == pow(2, 44, m2)
    m3 = 10**20
    x3 = candidate(3, m3)
    assert x3 is not None and 0 <= x3 < m3 and (3 * x3) % m3 == 1
