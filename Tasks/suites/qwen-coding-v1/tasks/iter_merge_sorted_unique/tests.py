import itertools


def _bomb(items):
    yield from items
    raise AssertionError("read too far")


def check(candidate):
    assert list(candidate([1, 3, 5], [1, 2, 3, 6], [])) == [1, 2, 3, 5, 6]
    assert list(candidate([("b", 1), ("c", 2)], [("a", 1), ("d", 3)], key=lambda t: t[1])) == [("b", 1), ("c", 2), ("d", 3)]
    assert list(candidate([("z", 2)], [("y", 1), ("x", 2), ("w", 2)], key=lambda t: t[1])) == [("y", 1), ("z", 2)]
    assert list(candidate([1, 1, 2], [2, 2, 3])) == [1, 2, 3] and list(candidate()) == [] and list(candidate([], [])) == []
    assert list(candidate([9, 5, 1], [8, 5, 2], reverse=True)) == [9, 8, 5, 2, 1]
    assert list(candidate(["ccc", "a"], ["bb", "b"], key=len, reverse=True)) == ["ccc", "bb", "a"]
    assert list(candidate([{"id": 2}], [{"id": 1}, {"id": 2, "dup": True}], key=lambda d: d["id"])) == [{"id": 1}, {"id": 2}]
    raised = False
    try:
        list(candidate([1, 3, 2], [0]))
    except ValueError:
        raised = True
    assert raised
    raised = False
    try:
        list(candidate([3, 4], reverse=True))
    except ValueError:
        raised = True
    assert raised
    assert list(itertools.islice(candidate(_bomb([1, 4, 5]), _bomb([2, 3, 6])), 3)) == [1, 2, 3]
    assert list(itertools.islice(candidate(itertools.count(0, 2), itertools.count(0, 3)), 6)) == [0, 2, 3, 4, 6, 8]
