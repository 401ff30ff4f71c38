import itertools


def check(candidate):
    assert list(candidate(["ab", "cde", "f", "gh"], 6)) == ["ab", "cde", "f"]
    assert list(candidate(["aaaa", "bbbbbbb", "c"], 5)) == ["aaaa"]
    it = iter(["aa", "bbb", "c", "d"])
    assert list(candidate(it, 4)) == ["aa"] and next(it) == "c"
    assert list(candidate(itertools.count(1), 10, cost=lambda x: x)) == [1, 2, 3, 4]
    assert list(candidate(["", "", "a"], 0)) == ["", ""] and list(candidate([], 3)) == []
    assert list(candidate(["abc", "", "d"], 4)) == ["abc", "", "d"]
    raised = False
    try:
        list(candidate(["a"], -1))
    except ValueError:
        raised = True
    assert raised
