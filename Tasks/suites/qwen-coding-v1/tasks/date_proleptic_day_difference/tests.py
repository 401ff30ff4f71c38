def check(candidate):
    assert candidate(2000, 1, 1, 2000, 3, 1) == 60
    assert candidate(0, 1, 1, 1, 1, 1) == 366
    assert candidate(-4713, 11, 24, 2000, 1, 1) == 2451545
    assert candidate(1970, 1, 1, 2024, 1, 1) == 19723
    assert candidate(2024, 1, 1, 1970, 1, 1) == -19723
    assert candidate(-1, 12, 31, 0, 1, 1) == 1
    assert candidate(1, 1, 1, 9999, 12, 31) == 3652058
    assert candidate(-100, 2, 28, -100, 3, 1) == 1
    assert candidate(-400, 2, 28, -400, 3, 1) == 2
    assert candidate(-1000000, 1, 1, 1000000, 1, 1) == 730485000
    assert candidate(-5, 3, 1, -4, 3, 1) == 366
    assert candidate(-101, 3, 1, -100, 3, 1) == 365
    assert candidate(1582, 10, 4, 1582, 10, 15) == 11
    assert candidate(-123456789, 6, 15, -123456789, 6, 15) == 0
    for bad in ((2023, 2, 29), (1900, 2, 29), (-100, 2, 29), (2024, 13, 1), (2024, 4, 31), (2024, 1, 0), (0, 0, 1)):
        try:
            candidate(*bad, 2000, 1, 1)
            assert False, "expected ValueError"
        except ValueError:
            pass
    assert candidate(2000, 1, 1, -400, 2, 29) == -876523
    assert candidate(2000, 1, 1, -7511, 1, 23) == -3473798
    assert candidate(-12636, 8, 21, 2000, 1, 1) == 5345456
