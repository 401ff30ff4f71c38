import random


def _ref(deps, priority):
    targets = set(deps)
    for ds in deps.values():
        targets.update(ds)
    built = []
    done = set()
    while len(built) < len(targets):
        ready = [t for t in targets if t not in done and all(d in done for d in deps.get(t, []))]
        if not ready:
            return None
        t = min(ready, key=lambda x: (-priority.get(x, 0), x))
        built.append(t)
        done.add(t)
    return built


def check(candidate):
    assert candidate({"app": ["lib", "assets"], "lib": ["core"], "assets": [], "core": []}, {"assets": 5, "core": 1}) == ["assets", "core", "lib", "app"]
    assert candidate({"x": [], "y": [], "w": []}, {}) == ["w", "x", "y"]
    assert candidate({"a": ["b"], "b": ["a"]}, {}) is None
    assert candidate({}, {}) == []
    assert candidate({"hi": ["base"], "low1": [], "base": []}, {"hi": 10, "base": 5}) == ["base", "hi", "low1"]
    assert candidate({"t": ["only_dep"]}, {"only_dep": -1}) == ["only_dep", "t"]
    assert candidate({"a": ["b", "b"], "c": []}, {"c": -5}) == ["b", "a", "c"]
    assert candidate({"ok": [], "a": ["b"], "b": ["c"], "c": ["a"]}, {}) is None
    assert candidate({"self": ["self"]}, {}) is None
    rng = random.Random(29)
    for _ in range(30):
        names = ["t%02d" % i for i in range(rng.randint(1, 25))]
        deps = {}
        for i, nm in enumerate(names):
            if rng.random() < 0.8:
                deps[nm] = rng.sample(names[:i], min(i, rng.randint(0, 3)))
        if rng.random() < 0.2 and len(names) > 2:
            deps.setdefault(names[0], []).append(names[-1])
        prio = {nm: rng.randint(-2, 3) for nm in names if rng.random() < 0.7}
        assert candidate(deps, prio) == _ref(deps, prio)
