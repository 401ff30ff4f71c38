def check(candidate):
    assert list(candidate({"a": 1, "b": [2, {"c": 3}], "d": {}})) == [(("a",), 1), (("b", 0), 2), (("b", 1, "c"), 3), (("d",), {})]
    assert list(candidate(5)) == [((), 5)] and list(candidate("abc")) == [((), "abc")] and list(candidate([])) == [((), [])]
    assert list(candidate([{1, 2}, (3,), b"xy", None])) == [((0,), {1, 2}), ((1, 0), 3), ((2,), b"xy"), ((3,), None)]
    assert list(candidate({"a": {"b": 1}, "c": 2}, max_depth=1)) == [(("a",), {"b": 1}), (("c",), 2)]
    assert list(candidate({"a": {"b": {"c": 1}}}, max_depth=2)) == [(("a", "b"), {"c": 1})]
    assert list(candidate([[1]], max_depth=0)) == [((), [[1]])]
    shared = [1]
    assert list(candidate([shared, {"k": shared}])) == [((0, 0), 1), ((1, "k", 0), 1)]
    loop = [1]
    loop.append({"back": loop})
    g = candidate(loop)
    assert next(g) == ((0,), 1)
    raised = False
    try:
        next(g)
    except ValueError:
        raised = True
    assert raised
    deep = cur = []
    for _ in range(5000):
        nxt = []
        cur.append(nxt)
        cur = nxt
    cur.append("leaf")
    assert list(candidate(deep)) == [((0,) * 5001, "leaf")]
    raised = False
    try:
        list(candidate([1], max_depth=-1))
    except ValueError:
        raised = True
    assert raised
