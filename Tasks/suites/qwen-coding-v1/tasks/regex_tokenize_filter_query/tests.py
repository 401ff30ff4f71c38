def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("") == []
    assert candidate("   ") == []
    assert candidate("age >= 21 AND name LIKE 'O''Brien'") == [("IDENT", "age"), ("OP", ">="), ("NUMBER", "21"), ("KEYWORD", "AND"), ("IDENT", "name"), ("KEYWORD", "LIKE"), ("STRING", "O'Brien")]
    assert candidate('"select"<>1') == [("IDENT", "select"), ("OP", "<>"), ("NUMBER", "1")]
    assert candidate("a<=b") == [("IDENT", "a"), ("OP", "<="), ("IDENT", "b")]
    assert candidate("a!=b") == [("IDENT", "a"), ("OP", "!="), ("IDENT", "b")]
    assert candidate('"a""b"') == [("IDENT", 'a"b')]
    assert candidate("1.5e-3 2E+3 7") == [("NUMBER", "1.5e-3"), ("NUMBER", "2E+3"), ("NUMBER", "7")]
    assert candidate("notable is Not null") == [("IDENT", "notable"), ("KEYWORD", "IS"), ("KEYWORD", "NOT"), ("KEYWORD", "NULL")]
    assert candidate("index IN (1,2)") == [("IDENT", "index"), ("KEYWORD", "IN"), ("OP", "("), ("NUMBER", "1"), ("OP", ","), ("NUMBER", "2"), ("OP", ")")]
    assert candidate("x=''") == [("IDENT", "x"), ("OP", "="), ("STRING", "")]
    assert candidate("s = 'café ☕'") == [("IDENT", "s"), ("OP", "="), ("STRING", "café ☕")]
    assert candidate("_x1>2") == [("IDENT", "_x1"), ("OP", ">"), ("NUMBER", "2")]
    assert _bad(candidate, "x > -1")
    assert _bad(candidate, "1.e5")
    assert _bad(candidate, "1e")
    assert _bad(candidate, "'unterminated")
    assert _bad(candidate, '"unterminated')
    assert _bad(candidate, "12abc")
    assert _bad(candidate, "x = 'a''")
    assert _bad(candidate, "#")
    assert _bad(candidate, "é")
    assert _bad(candidate, "a ! b")
    assert len(candidate("a = 1 AND " * 2000 + "b")) == 8001
