def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert candidate("The quick  brown fox", 15) == "The quick…" and candidate("The quick brown fox", 16) == "The quick brown…"
    assert candidate("  a   b  ", 3) == "a b" and candidate("abc def", 7) == "abc def" and candidate("", 1) == ""
    assert candidate("Hello, world and more", 12) == "Hello…" and candidate("Wait... what is this", 10) == "Wait…"
    assert candidate("Supercalifragilistic word", 10) == "Supercali…"
    assert candidate("one two three", 10, "...") == "one two..." and candidate("one two three", 9, "...") == "one..."
    assert candidate("abc def", 1) == "…" and candidate("-- hello there", 5) == "-- h…"
    assert _raises(ValueError, candidate, "abc def", 2, "...")
    long_text = "lorem ipsum dolor sit amet " * 20
    out = candidate(long_text, 50)
    assert len(out) <= 50 and out == "lorem ipsum dolor sit amet lorem ipsum dolor sit…"
