def _bad(candidate, *args):
    try:
        candidate(*args)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("Intro", "1", 20) == "Intro ............ 1"
    assert candidate("A very long chapter title", "123", 20) == "A very long… ... 123"
    assert candidate("abcde", "9", 11) == "abcde ... 9"
    assert candidate("abcdef", "9", 11) == "abcd… ... 9"
    assert candidate("", "7", 8) == " ..... 7"
    assert candidate("Überblick", "iv", 16) == "Überblick ... iv"
    assert candidate("ab", "1", 8) == "ab ... 1"
    assert candidate("abc", "1", 8) == "a… ... 1"
    assert _bad(candidate, "abc", "1", 7)
    assert _bad(candidate, "", "100", 6)
    assert len(candidate("x" * 5000, "42", 1000)) == 1000
