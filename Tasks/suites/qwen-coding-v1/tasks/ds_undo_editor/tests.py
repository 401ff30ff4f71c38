def check(candidate):
    assert candidate([("type", "hello"), ("delete", 2), ("type", "p!"), ("undo",), ("undo",)]) == "hello"
    assert candidate([("type", "ab"), ("delete", 5), ("undo",), ("undo",), ("undo",)]) == ""
    assert candidate([("type", "abc"), ("delete", 0), ("type", "d")]) == "abcd"
    assert candidate([]) == ""
    assert candidate([("undo",), ("undo",), ("type", "x")]) == "x"
    assert candidate([("type", "abc"), ("delete", 0), ("undo",)]) == "abc"
    assert candidate([("type", "abc"), ("delete", 10), ("type", "z"), ("undo",), ("undo",)]) == "abc"
    assert candidate([("type", "one"), ("type", " two"), ("undo",), ("type", " three"), ("undo",), ("undo",)]) == ""
    assert candidate([("type", "abcdef"), ("delete", 2), ("delete", 2), ("undo",), ("type", "X"), ("undo",), ("undo",)]) == "abcdef"
    ops = [("type", "ab")] * 500 + [("delete", 1)] * 300 + [("undo",)] * 350
    assert candidate(ops) == "ab" * 450
