def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("") == []
    assert candidate(" \t ") == []
    assert candidate('cp "my file.txt" backup/') == ["cp", "my file.txt", "backup/"]
    assert candidate("echo 'it''s'") == ["echo", "its"]
    assert candidate('say "a \\"q\\"\\tb" c\\ d') == ["say", 'a "q"\tb', "c d"]
    assert candidate('""') == [""]
    assert candidate("'' x") == ["", "x"]
    assert candidate('x"$HOME"') == ["x$HOME"]
    assert candidate('"\\$"') == ["\\$"]
    assert candidate('"a\\nb"') == ["a\nb"]
    assert candidate("a\\nb") == ["anb"]
    assert candidate("'a\\nb'") == ["a\\nb"]
    assert candidate('"\\\\"') == ["\\"]
    assert candidate('a"b c"d') == ["ab cd"]
    assert candidate("one\ttwo\nthree") == ["one", "two", "three"]
    assert candidate("'it'\\''s'") == ["it's"]
    assert candidate("a\rb") == ["a\rb"]
    assert candidate("ünï 'cöde x'") == ["ünï", "cöde x"]
    assert _bad(candidate, "'abc")
    assert _bad(candidate, "abc\\")
    assert _bad(candidate, '"abc\\"')
    assert candidate(" ".join(["arg"] * 20000)) == ["arg"] * 20000
