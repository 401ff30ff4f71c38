import random


def check(candidate):
    assert candidate(4, [(0, 1, 3), (1, 2, 4), (1, 3, 10)]) == 14
    assert candidate(1, []) == 0
    assert candidate(2, [(1, 0, 7)]) == 7
    assert candidate(3, [(0, 1, 1), (1, 2, 1)]) == 2
    assert candidate(7, [(0, 1, 1), (1, 2, 1), (2, 3, 1), (0, 4, 50), (0, 5, 40), (5, 6, 1)]) == 91
    assert candidate(5, [(0, 1, 2), (0, 2, 2), (0, 3, 2), (0, 4, 2)]) == 4
    assert candidate(6, [(3, 4, 5), (4, 5, 5), (0, 1, 100), (1, 2, 1), (1, 3, 1)]) == 111
    rng = random.Random(28)
    n = 40000
    perm = list(range(n))
    rng.shuffle(perm)
    ws = [rng.randint(1, 1000) for _ in range(n - 1)]
    links = [(perm[i], perm[i + 1], ws[i]) for i in range(n - 1)]
    rng.shuffle(links)
    assert candidate(n, links) == sum(ws)
