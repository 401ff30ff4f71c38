import itertools


def _bomb(items):
    yield from items
    raise AssertionError("read too far")


def check(candidate):
    src = ["name = demo\n", "# comment \\\n", "paths = a, \\\n", "    b, \\\n", "  # not a comment\n", "\n", "   \n", "  indented = yes  \r\n", "tail = 1 \\"]
    assert list(candidate(src)) == [(1, "name = demo"), (3, "paths = a, b, # not a comment"), (8, "  indented = yes"), (9, "tail = 1")]
    assert list(candidate(["a \\\n", "\n", "b"])) == [(1, "a"), (3, "b")]
    assert list(candidate(["\\\n", "   \n", "x"])) == [(3, "x")]
    assert list(candidate(["x \\  \n", "y"])) == [(1, "x \\"), (2, "y")]
    assert list(candidate(["k=\\\r\n", "\t v\r\n"])) == [(1, "k=v")] and list(candidate([])) == []
    assert list(candidate(["  # c1\n", "#c2\\\n", "real\n"])) == [(3, "real")]
    assert next(candidate(_bomb(["a \\\n", "b\n"]))) == (1, "a b")
    stream = (f"k{i} = {i}\n" for i in itertools.count())
    assert list(itertools.islice(candidate(stream), 3)) == [(1, "k0 = 0"), (2, "k1 = 1"), (3, "k2 = 2")]
