import random


def check(candidate):
    assert candidate([("a", "b"), ("b", "c"), ("c", "d")], "a", 2) == ["a", "b", "c"]
    assert candidate([("a", "b")], "z", 3) == ["z"]
    assert candidate([], "x", 0) == ["x"]
    assert candidate([("a", "b"), ("b", "c")], "a", 0) == ["a"]
    assert candidate([("b", "a"), ("c", "b")], "a", 5) == ["a", "b", "c"]
    links = [("s", "a"), ("a", "y"), ("s", "b"), ("b", "c"), ("c", "y"), ("y", "z")]
    assert candidate(links, "s", 3) == ["a", "b", "c", "s", "y", "z"]
    assert candidate(links, "s", 2) == ["a", "b", "c", "s", "y"]
    assert candidate([("a", "a"), ("a", "b"), ("a", "b")], "a", 1) == ["a", "b"]
    rng = random.Random(27)
    n = 3000
    chain = [("n%d" % i, "n%d" % (i + 1)) for i in range(n)]
    rng.shuffle(chain)
    assert candidate(chain, "n0", 1500) == sorted("n%d" % i for i in range(1501))
    assert candidate(chain, "n1500", 10) == sorted("n%d" % i for i in range(1490, 1511))
