def check(candidate):
    assert candidate(2, [("push", "a"), ("push", "b"), ("push", "c"), ("pop",), ("peek",)]) == ["b", "c"]
    assert candidate(1, [("pop",), ("push", "x"), ("peek",), ("pop",), ("pop",)]) == [None, "x", "x", None]
    assert candidate(3, []) == []
    assert candidate(0, [("push", "a"), ("peek",), ("pop",)]) == [None, None]
    assert candidate(3, [("push", "a"), ("push", "b"), ("push", "c"), ("push", "d"), ("push", "e"),
                         ("pop",), ("pop",), ("pop",), ("pop",)]) == ["c", "d", "e", None]
    assert candidate(2, [("push", "a"), ("pop",), ("push", "b"), ("push", "c"), ("push", "d"),
                         ("peek",), ("pop",), ("push", "e"), ("pop",), ("peek",)]) == ["a", "c", "c", "d", "e"]
    assert candidate(2, [("push", "same"), ("push", "same"), ("push", "other"), ("pop",), ("pop",), ("pop",)]) == ["same", "other", None]
    ops = [("push", str(i)) for i in range(1000)] + [("pop",)] * 5
    assert candidate(4, ops) == ["996", "997", "998", "999", None]
