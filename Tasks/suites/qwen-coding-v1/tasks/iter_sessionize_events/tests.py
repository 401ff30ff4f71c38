import itertools


def _bomb(items):
    yield from items
    raise AssertionError("read too far")


def check(candidate):
    assert list(candidate([1, 2, 3, 10, 11, 30], 5)) == [(1, 3, 3), (10, 11, 2), (30, 30, 1)]
    assert list(candidate([0, 5, 10, 16], 5)) == [(0, 10, 3), (16, 16, 1)]
    assert list(candidate([0, 2, 4, 6, 8], 5, max_duration=5)) == [(0, 4, 3), (6, 8, 2)]
    assert list(candidate([0, 5, 6], 5, max_duration=5)) == [(0, 5, 2), (6, 6, 1)]
    assert list(candidate([3, 3, 3], 0)) == [(3, 3, 3)] and list(candidate([], 1)) == [] and list(candidate([7], 0)) == [(7, 7, 1)]
    assert list(candidate([0, 1, 2, 3, 4, 5, 6], 1, max_duration=2)) == [(0, 2, 3), (3, 5, 3), (6, 6, 1)]
    g = candidate([1, 2, 10, 9, 12], 3)
    assert next(g) == (1, 2, 2)
    raised = False
    try:
        next(g)
    except ValueError:
        raised = True
    assert raised
    assert next(candidate(_bomb([1, 2, 50]), 5)) == (1, 2, 2)
    stream = (k // 3 * 100 + k % 3 for k in itertools.count())
    assert list(itertools.islice(candidate(stream, 5), 2)) == [(0, 2, 3), (100, 102, 3)]
    raised = False
    try:
        list(candidate([1, 2], -1))
    except ValueError:
        raised = True
    assert raised
