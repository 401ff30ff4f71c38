import random


def _ref(tasks, aging):
    left = list(tasks)
    out = []
    t = 0
    while left:
        cands = [x for x in left if x[0] <= t]
        if cands:
            cands.sort(key=lambda x: (-(x[2] + (t - x[0]) // aging), x[0], x[1]))
            out.append(cands[0][1])
            left.remove(cands[0])
        t += 1
    return out


def check(candidate):
    assert candidate([(0, "a", 1), (0, "b", 3), (1, "c", 5)], 1) == ["b", "c", "a"]
    assert candidate([(0, "old", 1), (0, "a", 3), (1, "b", 3), (2, "d", 3), (3, "c", 3)], 1) == ["a", "b", "old", "d", "c"]
    assert candidate([(5, "x", 0), (5, "y", 1)], 2) == ["y", "x"]
    assert candidate([], 3) == []
    assert candidate([(7, "solo", -4)], 1) == ["solo"]
    assert candidate([(0, "p", 0), (0, "q", 1), (1, "r", 1)], 2) == ["q", "r", "p"]
    assert candidate([(0, "z", 2), (0, "m", 2), (0, "b", 2)], 5) == ["b", "m", "z"]
    assert candidate([(3, "late", 9), (0, "e1", 0), (0, "e2", 0)], 1) == ["e1", "e2", "late"]
    assert candidate([(0, "w", 0), (1, "n1", 2), (2, "n2", 2), (3, "n3", 2), (4, "n4", 2)], 1) == ["w", "n1", "n2", "n3", "n4"]
    assert candidate([(1, "w", 0), (1, "n1", 2), (2, "n2", 2), (3, "n3", 2), (4, "n4", 2)], 1) == ["n1", "n2", "w", "n3", "n4"]
    rng = random.Random(99)
    for _ in range(40):
        m = rng.randint(1, 25)
        tasks = [(rng.randint(0, 15), "t%02d" % j, rng.randint(-3, 6)) for j in range(m)]
        rng.shuffle(tasks)
        aging = rng.randint(1, 4)
        assert candidate(tasks, aging) == _ref(tasks, aging)
