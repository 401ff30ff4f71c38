def _raises(fn, exc):
    try:
        fn()
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert candidate("", {}) == ""
    assert candidate("Hi {name!upper}!", {"name": "ada"}) == "Hi ADA!"
    assert candidate("{{literal}} {x|n/a}", {}) == "{literal} n/a"
    assert candidate("{a!strip!len}", {"a": "  ab "}) == "2"
    assert candidate("{{{x}}}", {"x": 1}) == "{1}"
    assert candidate("{v}", {"v": "a{{b}}"}) == "a{{b}}"
    assert candidate("{a}{b}", {"a": "{b}", "b": "B"}) == "{b}B"
    assert candidate("{x!upper|none}", {}) == "NONE"
    assert candidate("[{x|}]", {}) == "[]"
    assert candidate("[{x|dflt}]", {"x": ""}) == "[]"
    assert candidate("{n} items at {p}", {"n": 3, "p": 2.5}) == "3 items at 2.5"
    assert candidate("{city!upper}", {"city": "zürich"}) == "ZÜRICH"
    assert candidate("{d|a b: c}", {}) == "a b: c"
    assert _raises(lambda: candidate("{missing}", {}), KeyError)
    assert _raises(lambda: candidate("{bad", {"bad": 1}), ValueError)
    assert _raises(lambda: candidate("a}b", {}), ValueError)
    assert _raises(lambda: candidate("{1x}", {}), ValueError)
    assert _raises(lambda: candidate("{x!rev}", {"x": "a"}), ValueError)
    assert _raises(lambda: candidate("{ x }", {"x": "a"}), ValueError)
    assert candidate("{w}" * 20000, {"w": "ab"}) == "ab" * 20000
