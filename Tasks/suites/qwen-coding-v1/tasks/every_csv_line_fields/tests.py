def _raises(exc, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert candidate("a,b,c") == ["a", "b", "c"] and candidate("") == [""] and candidate(",") == ["", ""] and candidate("a,,b,") == ["a", "", "b", ""]
    assert candidate('"x, y",z') == ["x, y", "z"] and candidate('"he said ""hi""",2') == ['he said "hi"', "2"]
    assert candidate('""') == [""] and candidate('"",""') == ["", ""] and candidate('""""') == ['"']
    assert candidate('a"b,c') == ['a"b', "c"] and candidate(' "q",x') == [' "q"', "x"] and candidate(" a , b ") == [" a ", " b "]
    assert candidate('a;"b;c";d', delimiter=";") == ["a", "b;c", "d"] and candidate("a,b\r\n") == ["a", "b"] and candidate("a\n") == ["a"]
    assert candidate('"line1\nline2",x') == ["line1\nline2", "x"] and candidate("'it''s',ok", quote="'") == ["it's", "ok"]
    assert candidate("x\n\n") == ["x\n"]
    for bad in ('"a"b,c', '"abc', '"a""', 'x,"y" ,z', '"'):
        assert _raises(ValueError, candidate, bad), bad
    assert _raises(ValueError, candidate, "a,b", delimiter=",,") and _raises(ValueError, candidate, "a,b", delimiter='"') and _raises(ValueError, candidate, "a", quote="")
