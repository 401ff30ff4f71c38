def check(candidate):
    assert candidate(2, 9, 11) == 6
    assert candidate(3, 1, 7) == 0
    assert candidate(4, 3, 7) is None
    assert candidate(0, 0, 13) == 1
    assert candidate(13, 1, 13) == 0
    assert candidate(26, 5, 13) is None
    assert candidate(5, 5, 2) == 0
    assert candidate(-1, -1, 1000003) == 1
    assert candidate(1000002, 1, 1000003) == 0
    assert candidate(1000002, 2, 1000003) is None
    p = 9999999943
    assert candidate(5, 5, p) == 1
    assert candidate(5, pow(5, 8765432109, p), p) == 8765432109
    assert candidate(4, pow(4, 9876543210, 9999999967), 9999999967) == 1543209905
    assert candidate(3 - 9999999929, pow(3, 5000000000, 9999999929) + 9999999929, 9999999929) == 5000000000
