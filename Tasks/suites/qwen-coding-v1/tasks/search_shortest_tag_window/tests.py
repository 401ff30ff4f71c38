import random


def _brute(events, required):
    need = set(required)
    best = None
    times = sorted(set(t for t, _ in events))
    for t1 in times:
        for t2 in times:
            if t2 < t1:
                continue
            seen = {g for t, g in events if t1 <= t <= t2}
            if need <= seen:
                cand = (t2 - t1, t1)
                if best is None or cand < best:
                    best = cand
    return None if best is None else (best[1], best[1] + best[0])


def check(candidate):
    ev = [(1, "db"), (2, "api"), (4, "db"), (5, "cache"), (9, "api")]
    assert candidate(ev, ["api", "cache"]) == (2, 5)
    assert candidate(ev, ["db", "api"]) == (1, 2)
    assert candidate([(0, "a"), (3, "b"), (6, "a")], ["a", "b", "a"]) == (0, 3)
    assert candidate([(1, "db")], ["auth"]) is None
    assert candidate([], ["x"]) is None
    assert candidate([(5, "x"), (5, "y"), (7, "x")], ["x", "y"]) == (5, 5)
    assert candidate([(0, "a"), (1, "b"), (2, "c"), (100, "a"), (101, "a"), (102, "a"), (103, "b"), (104, "c")], ["a", "b", "c"]) == (0, 2)
    assert candidate([(0, "a"), (10, "b"), (11, "x"), (12, "y"), (13, "z"), (14, "a")], ["a", "b"]) == (10, 14)
    rng = random.Random(6)
    for _ in range(60):
        t = 0
        evs = []
        for _ in range(rng.randint(0, 12)):
            t += rng.choice([0, 0, 1, 2, 5])
            evs.append((t, rng.choice("abcd")))
        req = [rng.choice("abcd") for _ in range(rng.randint(1, 3))]
        assert candidate(evs, req) == _brute(evs, req)
    n = 120000
    k = 20
    tags = ["n%d" % (i % 997) for i in range(n)]
    for m in range(n // 5000):
        for j in range(k):
            tags[5000 * m + 250 * j] = "r%d" % j
    m0 = 17
    cluster = ["r%d" % j for j in range(k)]
    rng.shuffle(cluster)
    for j in range(k):
        tags[5000 * m0 + 100 + j] = cluster[j]
    events = list(enumerate(tags))
    assert candidate(events, ["r%d" % j for j in range(k)]) == (5000 * m0 + 100, 5000 * m0 + 119)
