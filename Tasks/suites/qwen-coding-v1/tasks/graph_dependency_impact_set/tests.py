def check(candidate):
    deps = {"app": ["web", "db"], "web": ["http"], "db": [], "cli": ["http"]}
    assert candidate(deps, "http") == ["app", "cli", "web"]
    assert candidate(deps, "app") == []
    assert candidate({"a": ["b"], "b": ["a"], "c": ["a"]}, "a") == ["a", "b", "c"]
    assert candidate({}, "x") == []
    assert candidate({"x": ["x"]}, "x") == ["x"]
    assert candidate(deps, "db") == ["app"]
    assert candidate(deps, "missing") == []
    diamond = {"top": ["l", "r"], "l": ["base"], "r": ["base"], "base": [], "other": ["top"]}
    assert candidate(diamond, "base") == ["l", "other", "r", "top"]
    ring = {"p%d" % i: ["p%d" % ((i + 1) % 5)] for i in range(5)}
    ring["outside"] = ["p3"]
    assert candidate(ring, "p0") == ["outside", "p0", "p1", "p2", "p3", "p4"]
    chain = {"m%05d" % i: ["m%05d" % (i + 1)] for i in range(20000)}
    assert candidate(chain, "m20000") == ["m%05d" % i for i in range(20000)]
