def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("| name | qty |\n|------|----:|\n| apple | 3 |\n| kiwi |") == [{"name": "apple", "qty": "3"}, {"name": "kiwi", "qty": ""}]
    assert candidate("expr | ok\n--- | :-:\na \\| b | yes") == [{"expr": "a | b", "ok": "yes"}]
    assert candidate("| a | b |\n|---|---|") == []
    assert candidate("a | b\n--- | ---\n1 | 2") == [{"a": "1", "b": "2"}]
    assert candidate("| x |\n|---|\n| a\\|") == [{"x": "a|"}]
    assert candidate("| a |\n|-|\n| 1 | 2 |") == [{"a": "1"}]
    assert candidate("\n| a |\n\n|---|\n| 1 |\n\n") == [{"a": "1"}]
    assert candidate("|| b |\n|-|-|\n| 1 | 2 |") == [{"": "1", "b": "2"}]
    assert candidate("| k | k |\n|-|-|\n| 1 | 2 |") == [{"k": "2"}]
    assert candidate("| città | größe |\n| :--- | ---: |\n| Zürich | 87 km² |") == [{"città": "Zürich", "größe": "87 km²"}]
    assert _bad(candidate, "")
    assert _bad(candidate, "| a |")
    assert _bad(candidate, "| a | b |\n|---|\n| 1 | 2 |")
    assert _bad(candidate, "| a |\n| x |\n| 1 |")
    assert _bad(candidate, "| a |\n| :: |")
    big = "| n |\n|---|\n" + "\n".join("| %d |" % i for i in range(5000))
    assert candidate(big)[4999] == {"n": "4999"}
