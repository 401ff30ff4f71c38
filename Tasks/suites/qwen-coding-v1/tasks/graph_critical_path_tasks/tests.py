import random


def _brute(durations, after):
    if not durations:
        return (0, [])
    succ = {t: sorted({b for a, b in after if a == t}) for t in durations}
    chains = []

    def walk(path):
        chains.append(list(path))
        for nx in succ[path[-1]]:
            walk(path + [nx])
    for t in durations:
        walk([t])
    length = max(sum(durations[x] for x in c) for c in chains)
    return (length, min(c for c in chains if sum(durations[x] for x in c) == length))


def check(candidate):
    assert candidate({"design": 3, "build": 5, "test": 2, "docs": 4}, [("design", "build"), ("build", "test"), ("design", "docs")]) == (10, ["design", "build", "test"])
    assert candidate({"a": 2, "b": 2, "c": 1, "d": 1}, [("a", "c"), ("b", "c"), ("c", "d")]) == (4, ["a", "c", "d"])
    assert candidate({"z": 0, "b": 5}, [("z", "b")]) == (5, ["b"])
    assert candidate({}, []) == (0, [])
    assert candidate({"solo": 7}, []) == (7, ["solo"])
    assert candidate({"a": 0, "b": 0}, [("b", "a")]) == (0, ["a"])
    assert candidate({"a": 0, "b": 5}, [("a", "b")]) == (5, ["a", "b"])
    assert candidate({"x": 4, "y": 0}, [("x", "y")]) == (4, ["x"])
    assert candidate({"p": 1, "q": 3, "r": 3, "s": 1}, [("p", "r"), ("p", "q"), ("q", "s"), ("r", "s"), ("p", "q")]) == (5, ["p", "q", "s"])
    rng = random.Random(32)
    for _ in range(40):
        names = ["t%d" % i for i in range(rng.randint(1, 8))]
        rng.shuffle(names)
        dur = {nm: rng.choice([0, 0, 1, 2, 3]) for nm in names}
        after = []
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                if rng.random() < 0.35:
                    after.append((names[i], names[j]))
        assert candidate(dur, after) == _brute(dur, after)
    big = {"n%05d" % i: 1 for i in range(15000)}
    chain_edges = [("n%05d" % i, "n%05d" % (i + 1)) for i in range(14999)]
    rng.shuffle(chain_edges)
    length, chain = candidate(big, chain_edges)
    assert length == 15000 and chain == ["n%05d" % i for i in range(15000)]
