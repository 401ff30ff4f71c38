def check(candidate):
    calls = []
    pages = {None: ([1, 2], "p2"), "p2": ([], "p3"), "p3": ([3], None)}

    def fetch(token):
        calls.append(token)
        return pages[token]

    assert list(candidate(fetch)) == [1, 2, 3] and calls == [None, "p2", "p3"]
    calls.clear()
    g = candidate(fetch)
    assert calls == []
    assert next(g) == 1 and calls == [None]
    assert next(g) == 2 and calls == [None]
    assert next(g) == 3 and calls == [None, "p2", "p3"]
    calls.clear()
    assert list(candidate(fetch, limit=2)) == [1, 2] and calls == [None]
    calls.clear()
    assert list(candidate(fetch, limit=0)) == [] and calls == []
    assert list(candidate(fetch, start_token="p2")) == [3] and list(candidate(fetch, limit=10)) == [1, 2, 3]
    loop = {None: ([1], "a"), "a": ([2], "b"), "b": ([3], "a")}
    got, raised = [], False
    try:
        for item in candidate(loop.__getitem__):
            got.append(item)
            if len(got) > 10:
                break
    except RuntimeError:
        raised = True
    assert raised and got == [1, 2, 3]
    spin = {"s": ([], "t"), "t": ([], "s")}
    raised = False
    try:
        list(candidate(spin.__getitem__, start_token="s"))
    except RuntimeError:
        raised = True
    assert raised
