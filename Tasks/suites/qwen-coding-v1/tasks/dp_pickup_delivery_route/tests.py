import random
from itertools import permutations


def _brute(dist, before):
    n = len(dist) - 1
    best = None
    for order in permutations(range(1, n + 1)):
        pos = {v: i for i, v in enumerate(order)}
        if any(pos[a] > pos[b] for a, b in before):
            continue
        route = (0,) + order + (0,)
        cost = sum(dist[x][y] for x, y in zip(route, route[1:]))
        if best is None or cost < best:
            best = cost
    return -1 if best is None else best


def check(candidate):
    d = [[0, 1, 5], [5, 0, 1], [1, 5, 0]]
    assert candidate(d, []) == 3
    assert candidate(d, [(2, 1)]) == 15
    assert candidate(d, [(1, 2), (2, 1)]) == -1
    assert candidate([[0]], []) == 0
    assert candidate([[0, 4], [6, 0]], []) == 10
    assert candidate([[0, 1, 1, 1], [1, 0, 1, 1], [1, 1, 0, 1], [1, 1, 1, 0]], [(1, 2), (2, 3), (3, 1)]) == -1
    sq = [[0, 1, 2, 1], [1, 0, 1, 2], [2, 1, 0, 1], [1, 2, 1, 0]]
    assert candidate(sq, []) == 4
    assert candidate(sq, [(2, 1)]) == 4
    assert candidate(sq, [(2, 1), (1, 3)]) == 6
    rng = random.Random(25)
    for _ in range(40):
        n = rng.randint(1, 6)
        dist = [[0 if i == j else rng.randint(1, 20) for j in range(n + 1)] for i in range(n + 1)]
        before = []
        for _ in range(rng.randint(0, 3)):
            if n >= 2:
                a, b = rng.sample(range(1, n + 1), 2)
                before.append((a, b))
        assert candidate(dist, before) == _brute(dist, before)
    n = 11
    cyc = list(range(1, n + 1))
    rng.shuffle(cyc)
    cyc = [0] + cyc
    dist = [[0 if i == j else 50 + rng.randint(0, 40) for j in range(n + 1)] for i in range(n + 1)]
    for k in range(n + 1):
        dist[cyc[k]][cyc[(k + 1) % (n + 1)]] = 3
    before = [(cyc[1], cyc[7]), (cyc[4], cyc[11]), (cyc[2], cyc[3])]
    assert candidate(dist, before) == 3 * (n + 1)
    before_bad = [(cyc[9], cyc[2])]
    res = candidate(dist, before_bad)
    assert 3 * (n + 1) < res < 3 * (n + 1) + 300
