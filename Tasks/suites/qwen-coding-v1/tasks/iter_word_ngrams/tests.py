import itertools


def _bomb(items):
    yield from items
    raise AssertionError("read too far")


def check(candidate):
    assert list(candidate(["the quick", "", "brown fox  jumps"], 2)) == [("the", "quick"), ("quick", "brown"), ("brown", "fox"), ("fox", "jumps")]
    assert list(candidate(["a b", " --- ", "c d"], 2)) == [("a", "b"), ("c", "d")]
    assert list(candidate(["a --- b"], 2)) == [("a", "---"), ("---", "b")]
    assert list(candidate(["x y", "---", "z", "----", "w"], 1)) == [("x",), ("y",), ("z",), ("----",), ("w",)]
    assert list(candidate(["one two", "---", "three"], 3)) == [] and list(candidate([], 2)) == []
    assert list(candidate(["p\tq", "r"], 3)) == [("p", "q", "r")]
    assert next(candidate(_bomb(["x y", "z"]), 3)) == ("x", "y", "z")
    words = (f"w{i}" for i in itertools.count())
    assert list(itertools.islice(candidate(words, 3), 2)) == [("w0", "w1", "w2"), ("w1", "w2", "w3")]
    raised = False
    try:
        list(candidate(["a b"], 0))
    except ValueError:
        raised = True
    assert raised
