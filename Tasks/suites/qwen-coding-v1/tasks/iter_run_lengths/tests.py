import itertools


def _bomb(items):
    yield from items
    raise AssertionError("read too far")


def check(candidate):
    assert list(candidate("aaabcc")) == [("a", 3), ("b", 1), ("c", 2)]
    assert list(candidate([])) == [] and list(candidate("z")) == [("z", 1)]
    assert list(candidate([None, None, 0, 0, None])) == [(None, 2), (0, 2), (None, 1)]
    assert list(candidate(["A", "a", "b", "B", "b"], key=str.lower)) == [("A", 2), ("b", 3)]
    assert list(candidate([1, 3, 2, 4, 5], key=lambda x: x % 2)) == [(1, 2), (2, 2), (5, 1)]
    g = candidate(_bomb(["x", "x", "y"]))
    assert next(g) == ("x", 2)
    stream = itertools.chain.from_iterable(itertools.repeat(i, i % 3 + 1) for i in itertools.count())
    assert list(itertools.islice(candidate(stream), 4)) == [(0, 1), (1, 2), (2, 3), (3, 1)]
    assert list(candidate([[1], [1], [2]])) == [([1], 2), ([2], 1)]
