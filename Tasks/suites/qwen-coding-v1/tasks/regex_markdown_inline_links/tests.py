def _l(text, url, title=None, image=False):
    return {"text": text, "url": url, "title": title, "image": image}


def check(candidate):
    assert candidate("") == []
    assert candidate('See [the docs](https://x.io/a "Docs") and ![logo](<img/logo one.png>).') == [_l("the docs", "https://x.io/a", "Docs"), _l("logo", "img/logo one.png", None, True)]
    assert candidate("\\[not](a) [a [b] \\] c](https://w.org/Foo_(bar))") == [_l("a [b] ] c", "https://w.org/Foo_(bar)")]
    assert candidate("[a](b \"t\") [c](d 'u')") == [_l("a", "b", "t"), _l("c", "d", "u")]
    assert candidate("[x] (y)") == []
    assert candidate("[x]()") == []
    assert candidate("[x](<>)") == [_l("x", "")]
    assert candidate("[x](a b)") == []
    assert candidate("[[a]](u)") == [_l("[a]", "u")]
    assert candidate("[[[a]]](u)") == []
    assert candidate("![img](a)[link](b)") == [_l("img", "a", None, True), _l("link", "b")]
    assert candidate("[![img](a)](b)") == [_l("![img](a)", "b")]
    assert candidate("\\![x](y)") == [_l("x", "y")]
    assert candidate("[x](u)\n[y](\t<v w>  'T' )") == [_l("x", "u"), _l("y", "v w", "T")]
    assert candidate("[ü\\*](ö)") == [_l("ü*", "ö")]
    assert candidate("[a](b) " * 2000) == [_l("a", "b")] * 2000
