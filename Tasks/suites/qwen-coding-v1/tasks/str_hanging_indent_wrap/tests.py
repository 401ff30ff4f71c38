def check(candidate):
    assert candidate("", 10, 2) == []
    assert candidate("   \n ", 10, 2) == []
    assert candidate("the quick brown fox jumps over", 12, 2) == ["the quick", "  brown fox", "  jumps over"]
    assert candidate("supercalifragilistic is long", 10, 4) == ["supercalifragilistic", "    is", "    long"]
    assert candidate("one", 3, 0) == ["one"]
    assert candidate("aa bb cc dd", 5, 0) == ["aa bb", "cc dd"]
    assert candidate("aa bb cc dd", 5, 1) == ["aa bb", " cc", " dd"]
    assert candidate("x  y\tz", 80, 3) == ["x y z"]
    assert candidate("héllo wörld ünïcode", 11, 1) == ["héllo wörld", " ünïcode"]
    assert candidate("a b c d", 4, 2) == ["a b", "  c", "  d"]
    try:
        candidate("a b", 4, 4)
        assert False, "expected ValueError"
    except ValueError:
        pass
    out = candidate(" ".join(["word"] * 3000), 50, 4)
    assert out[0] == " ".join(["word"] * 10) and out[1] == "    " + " ".join(["word"] * 9) and len(out) == 1 + (2990 + 8) // 9
