import itertools


def _bomb(items):
    yield from items
    raise AssertionError("read too far")


def check(candidate):
    assert list(candidate([1, 2, 3, 4, 5], 2)) == [1.5, 2.5, 3.5, 4.5]
    out = list(candidate([3, 6, -3], 1))
    assert out == [3.0, 6.0, -3.0] and all(isinstance(x, float) for x in out)
    assert list(candidate([1, 2], 3)) == [] and list(candidate([], 1)) == []
    assert list(candidate([2, 4, 9, -9, 0], 3)) == [5.0, 4/3, 0.0]
    assert next(candidate(_bomb([4, 6]), 2)) == 5.0
    assert list(itertools.islice(candidate(itertools.count(), 3), 3)) == [1.0, 2.0, 3.0]
    for bad in (0, -2):
        raised = False
        try:
            candidate([1, 2, 3], bad)
        except ValueError:
            raised = True
        assert raised
