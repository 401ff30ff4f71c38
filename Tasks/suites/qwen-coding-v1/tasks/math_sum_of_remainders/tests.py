def check(candidate):
    assert candidate(10, 10) == 13
    assert candidate(5, 8) == 19
    assert candidate(0, 5) == 0
    assert candidate(7, 0) == 0
    assert candidate(1, 1) == 0
    assert candidate(3, 2) == 1
    assert candidate(100, 100) == sum(100 % k for k in range(1, 101))
    assert candidate(1000, 1500) == sum(1000 % k for k in range(1, 1501))
    assert candidate(12345, 678) == sum(12345 % k for k in range(1, 679))
    assert candidate(10**10, 10**10) == 17753296647599733600
    assert candidate(10**9, 10**11) == 99177532965887639372
    assert candidate(9999999967, 3 * 10**6) == 2250009208404
