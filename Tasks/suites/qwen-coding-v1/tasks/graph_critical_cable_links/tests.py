import random


def _brute(n, links):
    def comps(skip):
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x
        for k, (u, v) in enumerate(links):
            if k != skip:
                parent[find(u)] = find(v)
        return len({find(i) for i in range(n)})
    base = comps(-1)
    return sorted({(min(u, v), max(u, v)) for k, (u, v) in enumerate(links) if comps(k) > base})


def check(candidate):
    assert candidate(4, [(0, 1), (1, 2), (2, 0), (2, 3)]) == [(2, 3)]
    assert candidate(3, [(0, 1), (1, 0), (1, 2)]) == [(1, 2)]
    assert candidate(3, []) == []
    assert candidate(1, []) == []
    assert candidate(2, [(1, 0)]) == [(0, 1)]
    assert candidate(6, [(0, 1), (1, 2), (3, 4), (4, 5), (5, 3)]) == [(0, 1), (1, 2)]
    assert candidate(5, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (2, 4)]) == []
    rng = random.Random(34)
    for _ in range(40):
        n = rng.randint(1, 8)
        links = [tuple(rng.sample(range(n), 2)) for _ in range(rng.randint(0, 10))] if n > 1 else []
        assert candidate(n, links) == _brute(n, links)
    n = 30000
    perm = list(range(n))
    rng.shuffle(perm)
    skips = {i for i in range(n - 2) if rng.random() < 0.2}
    twins = {j for j in range(n - 1) if rng.random() < 0.1}
    links = [(perm[j], perm[j + 1]) for j in range(n - 1)]
    links += [(perm[i + 2], perm[i]) for i in skips]
    links += [(perm[j + 1], perm[j]) for j in twins]
    rng.shuffle(links)
    expected = sorted((min(perm[j], perm[j + 1]), max(perm[j], perm[j + 1]))
                      for j in range(n - 1) if j not in skips and j - 1 not in skips and j not in twins)
    assert candidate(n, links) == expected
