import itertools


def _bomb(items):
    yield from items
    raise AssertionError("read too far")


def check(candidate):
    assert list(candidate(["ab", "cd", "efg", "h"], 4)) == [["ab", "cd"], ["efg", "h"]]
    assert list(candidate(["toolong", "a", "b"], 3)) == [["toolong"], ["a", "b"]]
    assert list(candidate(["a", "toolong", "b", "c"], 3)) == [["a"], ["toolong"], ["b", "c"]]
    assert list(candidate(["a", "b", "c", "d", "e"], 100, max_items=2)) == [["a", "b"], ["c", "d"], ["e"]]
    assert list(candidate(["", "", "abc", ""], 3, max_items=3)) == [["", "", "abc"], [""]]
    assert list(candidate(["abc", "de"], 5)) == [["abc", "de"]] and list(candidate([], 5)) == []
    assert next(candidate(_bomb(["ab", "cd", "ef"]), 4)) == ["ab", "cd"]
    stream = ("x" * (i % 4) for i in itertools.count())
    assert list(itertools.islice(candidate(stream, 5), 3)) == [["", "x", "xx"], ["xxx", "", "x"], ["xx", "xxx", ""]]
    raised = False
    try:
        list(candidate(["a"], 0))
    except ValueError:
        raised = True
    assert raised
