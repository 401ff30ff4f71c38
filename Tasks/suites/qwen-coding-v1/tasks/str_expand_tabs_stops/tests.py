def _bad(candidate, *args):
    try:
        candidate(*args)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("", [4]) == ""
    assert candidate("a\tb\tc", [4]) == "a   b   c"
    assert candidate("x\ty\tz\tw", [3, 10]) == "x  y      z      w"
    assert candidate("ab\n\tc", [2]) == "ab\n  c"
    assert candidate("\t\t", [2, 3, 8]) == "   "
    assert candidate("\t\t\t\t", [2, 3, 8]) == " " * 13
    assert candidate("abcd\tx", [4]) == "abcd    x"
    assert candidate("abcdefghijkl\t|", [2, 7]) == "abcdefghijkl     |"
    assert candidate("é\tü", [3]) == "é  ü"
    assert candidate("no tabs", [1]) == "no tabs"
    assert candidate("a\tb", [1]) == "a b"
    assert _bad(candidate, "a", [])
    assert _bad(candidate, "a", [4, 4])
    assert _bad(candidate, "a", [0, 4])
    assert _bad(candidate, "a", [8, 4])
    assert candidate("\t" * 10000, [8]) == " " * 80000
