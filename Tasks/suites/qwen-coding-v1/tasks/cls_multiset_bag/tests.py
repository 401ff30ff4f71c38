def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    B = candidate
    b = B("abca")
    assert list(b) == ["a", "a", "b", "c"] and len(b) == 4 and b.distinct() == 3
    assert b.count("a") == 2 and b.count("z") == 0 and "c" in b and "z" not in b
    b.discard("a", 5)
    b.discard("nope")
    assert "a" not in b and list(b) == ["b", "c"] and len(b) == 2 and b.distinct() == 2
    b.add("a", 2)
    assert list(b) == ["b", "c", "a", "a"]
    assert _raises(ValueError, b.add, "q", 0)
    assert list(B("aabbc") - B("abbbz")) == ["a", "c"] and (B("ab") - B("ab")).distinct() == 0
    assert list(B("xy") | B("yyz")) == ["x", "y", "y", "z"] and list(B("zyx") + B("xw")) == ["z", "y", "x", "x", "w"]
    assert list(B("aabc") & B("cbbd")) == ["b", "c"] and len(B("aab") & B("xyz")) == 0
    assert B("abc") == B("cba") and B("aab") != B("ab") and (B("ab") == ["a", "b"]) is False
    assert B("ab") <= B("abb") and not (B("aab") <= B("abb")) and B() <= B()
    c = B([1, 2])
    c.discard(1)
    assert c == B([2]) and c.distinct() == 1
