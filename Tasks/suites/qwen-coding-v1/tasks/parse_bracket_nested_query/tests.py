def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("") == {}
    assert candidate("user[name]=Ann&user[tags][]=x&user[tags][]=y&page=2") == {"user": {"name": "Ann", "tags": ["x", "y"]}, "page": "2"}
    assert candidate("a[b][c]=1&a[b][d]=2&a[0]=z") == {"a": {"b": {"c": "1", "d": "2"}, "0": "z"}}
    assert candidate("a=1&a=2") == {"a": "2"}
    assert candidate("a[0]=x&a[1]=y") == {"a": {"0": "x", "1": "y"}}
    assert candidate("a%5Bb%5D=1") == {"a": {"b": "1"}}
    assert candidate("k[]=&k[]=+&&") == {"k": ["", " "]}
    assert candidate("flag") == {"flag": ""}
    assert candidate("q=a%26b&r=x=y") == {"q": "a&b", "r": "x=y"}
    assert candidate("a[b+c]=1&caf%C3%A9[]=ü") == {"a": {"b c": "1"}, "café": ["ü"]}
    assert _bad(candidate, "a[]b=1")
    assert _bad(candidate, "a[b=1")
    assert _bad(candidate, "a]b=1")
    assert _bad(candidate, "[x]=1")
    assert _bad(candidate, "=1")
    assert _bad(candidate, "a[][b]=1")
    assert _bad(candidate, "a=1&a[b]=2")
    assert _bad(candidate, "a[b]=1&a=2")
    assert _bad(candidate, "a[]=1&a[x]=2")
    assert _bad(candidate, "a[x]=1&a[]=2")
    assert _bad(candidate, "a[b]=1&a[b][c]=2")
    assert candidate("&".join("l[]=%d" % i for i in range(3000))) == {"l": [str(i) for i in range(3000)]}
