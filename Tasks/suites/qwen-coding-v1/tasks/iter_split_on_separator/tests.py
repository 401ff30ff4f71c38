import itertools


def _bomb(items):
    yield from items
    raise AssertionError("read too far")


def check(candidate):
    zero = lambda x: x == 0
    assert list(candidate([1, 0, 2, 3, 0, 4], zero)) == [[1], [2, 3], [4]]
    assert list(candidate([0, 1, 0, 0], zero)) == [[], [1], [], []]
    assert list(candidate([], zero)) == [[]] and list(candidate([0, 0], zero)) == [[], [], []]
    assert list(candidate([1, 0, 2, 0, 3], zero, maxsplit=1)) == [[1], [2, 0, 3]]
    assert list(candidate([1, 0, 2], zero, maxsplit=0)) == [[1, 0, 2]] and list(candidate([0, 5, 0], zero, maxsplit=2)) == [[], [5], []]
    assert list(candidate("a,,b,", lambda c: c == ",")) == [["a"], [], ["b"], []]
    assert next(candidate(_bomb([1, 2, 0]), zero)) == [1, 2]
    assert list(itertools.islice(candidate(itertools.count(1), lambda x: x % 3 == 0), 3)) == [[1, 2], [4, 5], [7, 8]]
