def check(candidate):
    assert candidate(0) == "0:00" and candidate(5) == "0:05" and candidate(65) == "1:05" and candidate(3599) == "59:59"
    assert candidate(3600) == "1:00:00" and candidate(3725) == "1:02:05" and candidate(86399) == "23:59:59"
    assert candidate(86400) == "1d 0:00:00" and candidate(90061) == "1d 1:01:01" and candidate(10 ** 6) == "11d 13:46:40"
    assert candidate(-65) == "-1:05" and candidate(-3600) == "-1:00:00" and candidate(-90061) == "-1d 1:01:01"
    assert candidate(59.99) == "0:59" and candidate(3600.5) == "1:00:00"
    assert candidate(-5.5) == "-0:05" and candidate(-0.5) == "0:00" and candidate(-59.9) == "-0:59"
    assert candidate(7 * 86400 + 59) == "7d 0:00:59"
