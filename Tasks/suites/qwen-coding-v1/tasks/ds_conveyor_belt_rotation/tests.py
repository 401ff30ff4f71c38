def check(candidate):
    assert candidate(["a", "b", "c", "d"], [("rotate", 1)]) == ["b", "c", "d", "a"]
    assert candidate(["a", "b", "c", "d"], [("rotate", -1), ("pick",), ("place", "z")]) == ["z", "a", "b", "c"]
    assert candidate([], [("rotate", 5), ("pick",), ("rotate", -3)]) == []
    assert candidate([], [("place", "x"), ("rotate", 7), ("place", "y")]) == ["y", "x"]
    assert candidate(["a", "b", "c"], [("rotate", 10 ** 15)]) == ["b", "c", "a"]
    assert candidate(["a", "b", "c"], [("rotate", -(10 ** 15) - 2)]) == ["a", "b", "c"]
    assert candidate(["a", "b", "c", "d", "e"], [("rotate", 2), ("pick",), ("pick",), ("rotate", 1)]) == ["a", "b", "e"]
    assert candidate(["only"], [("pick",), ("pick",), ("place", "new")]) == ["new"]
    src = ["p", "q", "r"]
    assert candidate(src, [("pick",), ("place", "s"), ("rotate", 0)]) == ["s", "q", "r"] and src == ["p", "q", "r"]
    big = [str(i) for i in range(1000)]
    cmds = [("rotate", 10 ** 14 + 3), ("pick",)] * 50
    assert candidate(big, cmds)[:3] == ["685", "686", "687"]
