def check(candidate):
    assert candidate("") == {}
    assert candidate("?") == {}
    assert candidate("?a=1&b=2&a=3") == {"a": ["1", "3"], "b": ["2"]}
    assert candidate("q=caf%C3%A9+au+lait&flag") == {"q": ["café au lait"], "flag": [""]}
    assert candidate("a=&b") == {"a": [""], "b": [""]}
    assert candidate("x=1=2") == {"x": ["1=2"]}
    assert candidate("a%20b=c%2Bd") == {"a b": ["c+d"]}
    assert candidate("&&a=1&") == {"a": ["1"]}
    assert candidate("=v&=w") == {"": ["v", "w"]}
    assert candidate("??a=1") == {"?a": ["1"]}
    assert candidate("k=%E9") == {"k": ["\ufffd"]}
    assert candidate("a=1;b=2") == {"a": ["1;b=2"]}
    r = candidate("&".join("k%d=%d" % (i % 7, i) for i in range(5000)))
    assert list(r) == ["k%d" % i for i in range(7)] and r["k3"][:3] == ["3", "10", "17"]
