import random
from itertools import combinations


def _brute(n, existing, offers):
    best = -1
    for r in range(len(offers) + 1):
        for chosen in combinations(offers, r):
            parent = list(range(n))

            def find(x):
                while parent[x] != x:
                    x = parent[x]
                return x
            for u, v in list(existing) + [(a, b) for a, b, _ in chosen]:
                parent[find(u)] = find(v)
            if len({find(i) for i in range(n)}) == 1:
                cost = sum(c for _, _, c in chosen)
                if best == -1 or cost < best:
                    best = cost
    return best


def check(candidate):
    assert candidate(4, [(0, 1)], [(1, 2, 5), (2, 3, 1), (0, 3, 4), (0, 2, 10)]) == 5
    assert candidate(3, [], [(0, 1, 2)]) == -1
    assert candidate(1, [], []) == 0
    assert candidate(3, [(0, 1), (1, 2)], [(0, 2, 1)]) == 0
    assert candidate(4, [(0, 1), (1, 0), (0, 1)], [(2, 3, 1), (1, 2, 7), (0, 3, 3)]) == 4
    assert candidate(4, [(0, 1), (1, 2), (2, 0)], [(3, 0, 9), (3, 2, 6)]) == 6
    assert candidate(5, [], [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1)]) == -1
    assert candidate(2, [], [(0, 1, 0), (0, 1, 5)]) == 0
    rng = random.Random(31)
    for _ in range(30):
        n = rng.randint(1, 6)
        existing = [tuple(rng.sample(range(n), 2)) for _ in range(rng.randint(0, 3))] if n > 1 else []
        offers = [tuple(rng.sample(range(n), 2)) + (rng.randint(0, 9),) for _ in range(rng.randint(0, 7))] if n > 1 else []
        assert candidate(n, existing, offers) == _brute(n, existing, offers)
    n = 20000
    offers = [(i, i + 1, 5) for i in range(n - 1)] + [(i, i + 2, 3) for i in range(0, n - 2, 2)]
    existing = [(i, i + 1) for i in range(0, n - 1, 4)]
    rng.shuffle(offers)
    assert candidate(n, existing, offers) == 3 * (n // 2 - 1) + 5 * (n // 4)
