def check(candidate):
    assert candidate("", 3) == ""
    assert candidate("aaabbbbc", 2) == "aabbc"
    assert candidate("aaaAAA", 2) == "aaAA"
    assert candidate("aaaAAA", 1) == "aA"
    assert candidate("a\n\n\nb", 1) == "a\nb"
    assert candidate("a    b", 1) == "a b"
    assert candidate("ééééx", 2) == "ééx"
    assert candidate("abc", 5) == "abc"
    assert candidate("a" * 100000 + "b", 5) == "aaaaab"
    try:
        candidate("aaa", 0)
        assert False, "expected ValueError"
    except ValueError:
        pass
