def check(candidate):
    assert candidate(10) == 4
    assert candidate(11) == -1
    assert candidate(0) == 0
    assert candidate(1) == 1
    assert candidate(3) == 2
    assert candidate(2) == -1
    assert candidate(-1) == -1
    assert candidate(-3) == -1
    assert candidate(5050) == 100
    assert candidate(5051) == -1
    k = 10**20 + 12345
    assert candidate(k * (k + 1) // 2) == k
    assert candidate(k * (k + 1) // 2 + 1) == -1
    assert candidate(k * (k + 1) // 2 - 1) == -1
