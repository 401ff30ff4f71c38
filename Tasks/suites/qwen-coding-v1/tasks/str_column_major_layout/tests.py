def check(candidate):
    assert candidate([], 10) == []
    assert candidate(["a", "bb", "ccc", "dd", "e"], 10) == ["a   ccc  e", "bb  dd"]
    assert candidate(["abcdefg", "a", "abcdefgh", "abc"], 16) == ["abcdefg   abc", "a", "abcdefgh"]
    assert candidate(["one", "two", "three"], 80) == ["one  two  three"]
    assert candidate(["one", "two", "three"], 15) == ["one  two  three"]
    assert candidate(["one", "two", "three"], 14) == ["one  three", "two"]
    assert candidate(["toolongitem", "x"], 5) == ["toolongitem", "x"]
    assert candidate(["a", "b", "c", "d"], 4, gap=1) == ["a c", "b d"]
    assert candidate(["a", "b", "c", "d"], 7, gap=1) == ["a b c d"]
    assert candidate(["ä", "ö", "ü"], 4) == ["ä  ü", "ö"]
    assert candidate(["a b ", "c"], 3) == ["a b", "c"]
    items = ["f%03d" % i for i in range(600)]
    out = candidate(items, 79)
    assert len(out) == 47 and out[0].split() == ["f%03d" % (47 * j) for j in range(13)] and out[-1] == "  ".join("f%03d" % (47 * j + 46) for j in range(12))
