def check(candidate):
    assert candidate("PROJ-123") is True
    assert candidate("proj-123") is False
    assert candidate("AB-0") is False
    assert candidate("A-1") is False
    assert candidate("ABCDEFGHIJ-1") is True
    assert candidate("ABCDEFGHIJK-1") is False
    assert candidate("A1-999999") is True
    assert candidate("A1-1000000") is False
    assert candidate("1A-5") is False
    assert candidate("AB-05") is False
    assert candidate("AB-12\n") is False
    assert candidate(" AB-12") is False
    assert candidate("ÄB-1") is False
    assert candidate("AB-\u0661\u0662") is False
    assert candidate("AB--1") is False
    assert candidate("") is False
