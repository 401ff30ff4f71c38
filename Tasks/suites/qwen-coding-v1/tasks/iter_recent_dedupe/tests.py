import itertools


def check(candidate):
    assert "".join(candidate("abab", 1)) == "abab" and "".join(candidate("abab", 2)) == "ab"
    assert "".join(candidate("aaaa", 1)) == "a" and "".join(candidate("aaaa", 0)) == "aaaa"
    assert "".join(candidate("abbba", 2)) == "aba"
    assert "".join(candidate("abcabc", 2)) == "abcabc" and "".join(candidate("abcabc", 3)) == "abc"
    assert list(candidate(["A", "a", "b", "B", "a"], 1, key=str.lower)) == ["A", "b", "a"]
    assert list(itertools.islice(candidate(itertools.cycle([1, 2, 1, 3]), 2), 5)) == [1, 2, 3, 2, 3]
    assert list(itertools.islice(candidate((i % 5 for i in itertools.count()), 4), 7)) == [0, 1, 2, 3, 4, 0, 1]
    assert list(candidate([], 3)) == []
    raised = False
    try:
        list(candidate("ab", -1))
    except ValueError:
        raised = True
    assert raised
