import random


def _brute(n, follows, min_size):
    reach = [set([i]) for i in range(n)]
    changed = True
    while changed:
        changed = False
        for a, b in follows:
            new = reach[b] - reach[a]
            if new:
                reach[a] |= new
                changed = True
    seen = set()
    out = []
    for i in range(n):
        if i in seen:
            continue
        comp = sorted(j for j in range(n) if j in reach[i] and i in reach[j])
        seen.update(comp)
        if len(comp) >= min_size:
            out.append(comp)
    return sorted(out, key=lambda c: (-len(c), c[0]))


def check(candidate):
    assert candidate(5, [(0, 1), (1, 0), (1, 2), (2, 3), (3, 2), (3, 4)], 2) == [[0, 1], [2, 3]]
    assert candidate(4, [(0, 1), (1, 2), (2, 0), (3, 3)], 1) == [[0, 1, 2], [3]]
    assert candidate(0, [], 1) == []
    assert candidate(3, [], 1) == [[0], [1], [2]]
    assert candidate(3, [], 2) == []
    assert candidate(6, [(5, 4), (4, 5), (0, 1), (1, 0), (2, 3)], 2) == [[0, 1], [4, 5]]
    assert candidate(6, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)], 3) == [[0, 1, 2], [3, 4, 5]]
    assert candidate(4, [(0, 1), (1, 2), (2, 3), (3, 1)], 3) == [[1, 2, 3]]
    rng = random.Random(35)
    for _ in range(40):
        n = rng.randint(1, 9)
        follows = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, 14))]
        k = rng.randint(1, 3)
        assert candidate(n, follows, k) == _brute(n, follows, k)
    sizes = [12000] + [rng.randint(1, 5) for _ in range(3000)]
    n = sum(sizes)
    perm = list(range(n))
    rng.shuffle(perm)
    groups = []
    pos = 0
    for s in sizes:
        groups.append(perm[pos:pos + s])
        pos += s
    rng.shuffle(groups)
    follows = []
    for g in groups:
        if len(g) > 1:
            follows += [(g[i], g[(i + 1) % len(g)]) for i in range(len(g))]
            follows += [(g[rng.randrange(len(g))], g[rng.randrange(len(g))]) for _ in range(len(g) // 3)]
    for _ in range(n):
        i, j = sorted(rng.sample(range(len(groups)), 2))
        follows.append((rng.choice(groups[i]), rng.choice(groups[j])))
    rng.shuffle(follows)
    expected = sorted((sorted(g) for g in groups if len(g) >= 3), key=lambda c: (-len(c), c[0]))
    assert candidate(n, follows, 3) == expected
