import random


def _ref(segments, origin, dest, transfer):
    if origin == dest:
        return 0
    INF = float("inf")
    dist = {}
    for a, b, line, _ in segments:
        for s in (a, b):
            dist.setdefault((s, line), INF)
            if s == origin:
                dist[(s, line)] = 0
    changed = True
    while changed:
        changed = False
        for a, b, line, m in segments:
            for x, y in ((a, b), (b, a)):
                if dist[(x, line)] + m < dist[(y, line)]:
                    dist[(y, line)] = dist[(x, line)] + m
                    changed = True
        for (s, l1), d1 in list(dist.items()):
            for (s2, l2) in list(dist):
                if s2 == s and l2 != l1 and d1 + transfer < dist[(s2, l2)]:
                    dist[(s2, l2)] = d1 + transfer
                    changed = True
    best = min((d for (s, _), d in dist.items() if s == dest), default=INF)
    return -1 if best == INF else best


def check(candidate):
    segs = [("A", "B", "red", 2), ("B", "C", "blue", 2), ("A", "C", "green", 6)]
    assert candidate(segs, "A", "C", 3) == 6
    assert candidate(segs, "A", "C", 1) == 5
    assert candidate(segs, "A", "Z", 1) == -1
    assert candidate(segs, "B", "B", 9) == 0
    assert candidate([], "A", "A", 0) == 0
    assert candidate([], "A", "B", 0) == -1
    trap = [("A", "B", "r", 1), ("A", "B", "g", 2), ("B", "C", "g", 1)]
    assert candidate(trap, "A", "C", 5) == 3
    assert candidate(trap, "C", "A", 5) == 3
    loop = [("A", "B", "x", 1), ("B", "C", "y", 1), ("C", "D", "x", 1), ("B", "D", "x", 10)]
    assert candidate(loop, "A", "D", 4) == 11
    assert candidate(loop, "A", "D", 3) == 9
    rng = random.Random(33)
    for _ in range(30):
        st = ["s%d" % i for i in range(rng.randint(2, 7))]
        segs = []
        for _ in range(rng.randint(0, 12)):
            a, b = rng.sample(st, 2)
            segs.append((a, b, rng.choice("rgb"), rng.randint(1, 9)))
        o, d = rng.choice(st), rng.choice(st)
        tr = rng.randint(0, 6)
        assert candidate(segs, o, d, tr) == _ref(segs, o, d, tr)
    n = 3000
    line_segs = [("m%d" % i, "m%d" % (i + 1), "L%d" % (i // 100), 1) for i in range(n)]
    assert candidate(line_segs, "m0", "m%d" % n, 7) == n + 7 * (n // 100 - 1)
