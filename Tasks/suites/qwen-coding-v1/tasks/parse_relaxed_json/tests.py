def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("{name: 'x', tags: ['a', 'b',], // c\n n: 1.5e2}") == {"name": "x", "tags": ["a", "b"], "n": 150.0}
    assert candidate("[1, /* two */ 2,]") == [1, 2]
    assert candidate('"\\u00e9\\n"') == "é\n"
    assert candidate("null") is None
    assert candidate(" true ") is True
    assert type(candidate("5")) is int and type(candidate("5.0")) is float and type(candidate("1e2")) is float
    assert candidate("-0") == 0 and candidate("-12.5E-1") == -1.25
    assert candidate('{"a": {"b": [1, {"c": null}]}, "d": false}') == {"a": {"b": [1, {"c": None}]}, "d": False}
    assert candidate("{a: 1, a: 2}") == {"a": 2}
    assert candidate("{$id: 1, _x2: 2, 'q k': 3}") == {"$id": 1, "_x2": 2, "q k": 3}
    assert candidate("['it\\'s', \"say \\\"hi\\\"\", 'tab\\there', '\\/']") == ["it's", 'say "hi"', "tab\there", "/"]
    assert candidate('"http://x.y/z /* not a comment */"') == "http://x.y/z /* not a comment */"
    assert candidate("{url: 'http://a' // real comment\n}") == {"url": "http://a"}
    assert candidate("/* lead */ [] // tail") == []
    assert candidate("{}") == {} and candidate("[[], {}]") == [[], {}]
    assert candidate("'ünïcödé'") == "ünïcödé"
    assert _bad(candidate, "")
    assert _bad(candidate, "[,]")
    assert _bad(candidate, "[1,,2]")
    assert _bad(candidate, "{,}")
    assert _bad(candidate, "01")
    assert _bad(candidate, "1.")
    assert _bad(candidate, ".5")
    assert _bad(candidate, "+1")
    assert _bad(candidate, "[1 2]")
    assert _bad(candidate, "'abc")
    assert _bad(candidate, '"a\nb"')
    assert _bad(candidate, "/* open [1]")
    assert _bad(candidate, '"\\x41"')
    assert _bad(candidate, "True")
    assert _bad(candidate, "{1: 2}")
    assert _bad(candidate, "[1] 2")
    assert _bad(candidate, "{a 1}")
    assert _bad(candidate, "'\\u12'")
    nested = []
    for _ in range(199):
        nested = [nested]
    assert candidate("[" * 200 + "]" * 200) == nested
    assert candidate("[" + ", ".join(str(i) for i in range(20000)) + "]") == list(range(20000))
