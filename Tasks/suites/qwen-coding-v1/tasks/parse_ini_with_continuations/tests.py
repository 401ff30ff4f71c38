def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("") == {}
    assert candidate("name = demo\n[server]\nHost = example.com\nport: 8080") == {"": {"name": "demo"}, "server": {"host": "example.com", "port": "8080"}}
    assert candidate("[paths]\nsearch = /usr/lib\n    /opt/lib\n[empty]") == {"paths": {"search": "/usr/lib\n/opt/lib"}, "empty": {}}
    assert candidate("[a]\n[b]\n[a]\nx=1") == {"a": {"x": "1"}, "b": {}}
    assert candidate("url: http://x=y") == {"": {"url": "http://x=y"}}
    assert candidate("a=b:c") == {"": {"a": "b:c"}}
    assert candidate("KEY = v1\nkey = v2") == {"": {"key": "v2"}}
    assert candidate("k = v ; not a comment") == {"": {"k": "v ; not a comment"}}
    assert candidate("x=1\n  ; cont\n\t# more") == {"": {"x": "1\n; cont\n# more"}}
    assert candidate("x=1\n\n  y = 2") == {"": {"x": "1", "y": "2"}}
    assert candidate("[s]\n  indented = yes") == {"s": {"indented": "yes"}}
    assert candidate("[ spaced name ]\nÜnï = ço\nk =") == {"spaced name": {"ünï": "ço", "k": ""}}
    assert candidate("\tk\t=\tv\t\r\n") == {"": {"k": "v"}}
    assert _bad(candidate, "# c\nx=1\n# c2\n  more")
    assert _bad(candidate, "=value")
    assert _bad(candidate, "just text")
    big = "[s]\n" + "\n".join("k%d = %d" % (i, i) for i in range(3000))
    assert candidate(big)["s"]["k2999"] == "2999"
