def check(candidate):
    assert candidate(["<a>", "text", "<b/>", "</a>"]) == -1
    assert candidate(["<a>", "<b>", "</a>", "</b>"]) == 2
    assert candidate(["<a>", "<b>", "</b>"]) == 3
    assert candidate([]) == -1
    assert candidate(["just", "text"]) == -1
    assert candidate(["</a>"]) == 0
    assert candidate(["<br/>", "<br/>", "x"]) == -1
    assert candidate(["<a>", "</a>", "</a>"]) == 2
    assert candidate(["<A>", "</a>"]) == 1
    assert candidate(["<x>", "<y/>", "<z>", "hello", "</z>", "</x>", "<x>"]) == 7
    assert candidate(["<p>", "<img/>", "</img>", "</p>"]) == 2
    deep = ["<d%d>" % i for i in range(2000)] + ["</d%d>" % i for i in reversed(range(2000))]
    assert candidate(deep) == -1
    assert candidate(deep[:-1]) == 3999
