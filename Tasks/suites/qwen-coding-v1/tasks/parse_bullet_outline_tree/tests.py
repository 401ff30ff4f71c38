def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("") == []
    assert candidate("\n  \n") == []
    assert candidate("- a\n  - b\n  - c\n- d") == [("a", [("b", []), ("c", [])]), ("d", [])]
    assert candidate("* x\n  * y\n    - z\n* w") == [("x", [("y", [("z", [])])]), ("w", [])]
    assert candidate("- a\n  - b\n    - c\n      - d\n- e") == [("a", [("b", [("c", [("d", [])])])]), ("e", [])]
    assert candidate("- a\n  - b\n    - c\n  - d") == [("a", [("b", [("c", [])]), ("d", [])])]
    assert candidate("-   spaced  text  \n\n- x - y") == [("spaced  text", []), ("x - y", [])]
    assert candidate("- ünï\r\n  - cödé") == [("ünï", [("cödé", [])])]
    assert _bad(candidate, "- a\n   - b")
    assert _bad(candidate, "- a\n    - b")
    assert _bad(candidate, "  - a")
    assert _bad(candidate, "- a\n\t- b")
    assert _bad(candidate, "- a\nb")
    assert _bad(candidate, "-a")
    assert _bad(candidate, "+ a")
    deep = "\n".join("  " * i + "- n%d" % i for i in range(300))
    node = candidate(deep)[0]
    depth = 1
    while node[1]:
        node = node[1][0]
        depth += 1
    assert depth == 300 and node[0] == "n299"
    flat = candidate("\n".join("- i%d" % i for i in range(5000)))
    assert len(flat) == 5000 and flat[-1] == ("i4999", [])
