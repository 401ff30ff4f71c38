import itertools


def _bomb(items):
    yield from items
    raise AssertionError("read too far")


def check(candidate):
    assert list(candidate("ab", "xyz")) == [("a", "x"), ("a", "y"), ("b", "x"), ("a", "z"), ("b", "y"), ("b", "z")]
    assert list(itertools.islice(candidate(itertools.count(), itertools.count()), 6)) == [(0, 0), (0, 1), (1, 0), (0, 2), (1, 1), (2, 0)]
    assert list(itertools.islice(candidate("ab", itertools.count()), 7)) == [("a", 0), ("a", 1), ("b", 0), ("a", 2), ("b", 1), ("a", 3), ("b", 2)]
    assert list(itertools.islice(candidate(itertools.count(), "xy"), 7)) == [(0, "x"), (0, "y"), (1, "x"), (1, "y"), (2, "x"), (2, "y"), (3, "x")]
    assert list(itertools.islice(candidate(_bomb("ab"), _bomb("xy")), 3)) == [("a", "x"), ("a", "y"), ("b", "x")]
    full = list(candidate(range(5), iter(range(7))))
    assert len(full) == 35 and set(full) == set(itertools.product(range(5), range(7)))
    assert [i + j for i, j in full] == sorted(i + j for i, j in full)
    assert list(candidate([1], [2])) == [(1, 2)] and list(candidate([], [])) == []
    assert list(candidate([], itertools.count())) == [] and list(candidate(itertools.count(), iter([]))) == []
