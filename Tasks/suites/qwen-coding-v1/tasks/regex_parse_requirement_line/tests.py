def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("Django>=3.2,<4.0") == {"name": "django", "extras": [], "specifiers": [(">=", "3.2"), ("<", "4.0")], "marker": None}
    assert candidate("requests[Socks, security] ~= 2.31 ; python_version < '3.12'  # http") == {"name": "requests", "extras": ["security", "socks"], "specifiers": [("~=", "2.31")], "marker": "python_version < '3.12'"}
    assert candidate("   # just a comment") is None
    assert candidate("") is None
    assert candidate("#") is None
    assert candidate("foo==1.0.*") == {"name": "foo", "extras": [], "specifiers": [("==", "1.0.*")], "marker": None}
    assert candidate("Foo.Bar__baz") == {"name": "foo-bar-baz", "extras": [], "specifiers": [], "marker": None}
    assert candidate("pkg===1.0") == {"name": "pkg", "extras": [], "specifiers": [("===", "1.0")], "marker": None}
    assert candidate("pkg <= 1 , != 1.5") == {"name": "pkg", "extras": [], "specifiers": [("<=", "1"), ("!=", "1.5")], "marker": None}
    assert candidate("pkg[b,a,B, a_x, A.X]") == {"name": "pkg", "extras": ["a", "a-x", "b"], "specifiers": [], "marker": None}
    assert candidate("pkg[]") == {"name": "pkg", "extras": [], "specifiers": [], "marker": None}
    assert candidate("x ; os_name == 'nt' # c") == {"name": "x", "extras": [], "specifiers": [], "marker": "os_name == 'nt'"}
    assert candidate("a>1.0+local.7,<2!post_1") == {"name": "a", "extras": [], "specifiers": [(">", "1.0+local.7"), ("<", "2!post_1")], "marker": None}
    assert _bad(candidate, "pkg >= 1 ,, <2")
    assert _bad(candidate, "pkg =>1")
    assert _bad(candidate, "pkg==1.0#x")
    assert _bad(candidate, "pkg#notcomment")
    assert _bad(candidate, "-pkg")
    assert _bad(candidate, "pkg-")
    assert _bad(candidate, "pkg[bad extra]")
    assert _bad(candidate, "pkg;")
    assert _bad(candidate, "pkg 1.0")
