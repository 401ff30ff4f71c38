def check(candidate):
    assert candidate(6, 6) == 4
    assert candidate(6, 3) == 1
    assert candidate(5, 10) == 3
    assert candidate(0, 0) == 1
    assert candidate(0, 5) == 1
    assert candidate(3, 0) == 0
    assert candidate(-2, 4) == 0
    assert candidate(7, 3) == 0
    assert candidate(10, 4) == 1
    assert candidate(10, 10) == 10
    assert candidate(100, 100) == 444793
    assert candidate(100, 20) == 15029
    assert candidate(400, 400) == 11962163400706
