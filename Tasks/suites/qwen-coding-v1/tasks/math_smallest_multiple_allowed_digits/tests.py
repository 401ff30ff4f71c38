def check(candidate):
    assert candidate(7, "01") == 1001
    assert candidate(12, "83") == 888
    assert candidate(10, "123") is None
    assert candidate(5, "0") is None
    assert candidate(1, "9") == 9
    assert candidate(2, "13579") is None
    assert candidate(3, "7") == 777
    assert candidate(6, "54") == 54
    assert candidate(3, "96") == 6
    assert candidate(25, "057") == 50
    assert candidate(13, "81") == 1118
    assert candidate(99999, "1") == int("1" * 45)
    assert candidate(99991, "01") == 1111000001
    assert candidate(65536, "12") == 11111212122112
