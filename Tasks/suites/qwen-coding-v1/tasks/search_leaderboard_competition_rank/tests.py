import random


def check(candidate):
    assert candidate([("ann", 50), ("bob", 70), ("cat", 50), ("dan", 10)]) == [(1, "bob", 70), (2, "ann", 50), (2, "cat", 50), (4, "dan", 10)]
    assert candidate([("ann", 90), ("bob", 60), ("ann", 40)]) == [(1, "bob", 60), (2, "ann", 40)]
    assert candidate([]) == []
    assert candidate([("solo", -5)]) == [(1, "solo", -5)]
    assert candidate([("c", 1), ("b", 1), ("a", 1)]) == [(1, "a", 1), (1, "b", 1), (1, "c", 1)]
    assert candidate([("x", 5), ("y", 5), ("z", 3), ("w", 3), ("v", 1)]) == [(1, "x", 5), (1, "y", 5), (3, "w", 3), (3, "z", 3), (5, "v", 1)]
    assert candidate([("p", 1), ("p", 2), ("p", 3), ("q", 2)]) == [(1, "p", 3), (2, "q", 2)]
    assert candidate([("B", 10), ("a", 10)]) == [(1, "B", 10), (1, "a", 10)]
    rng = random.Random(77)
    ups = [("pl%02d" % rng.randrange(30), rng.randint(0, 15)) for _ in range(400)]
    res = candidate(ups)
    last = {}
    for p, s in ups:
        last[p] = s
    assert [(p, s) for _, p, s in res] == sorted(last.items(), key=lambda x: (-x[1], x[0]))
    assert all(r == 1 + sum(1 for v in last.values() if v > s) for r, _, s in res)
