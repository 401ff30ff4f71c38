import random


def _ref(conns, origin, dest, start, tr):
    if origin == dest:
        return start
    INF = float("inf")
    arrive = {origin: start}
    changed = True
    while changed:
        changed = False
        for a, b, dep, arr in conns:
            if a not in arrive:
                continue
            ready = start if a == origin else arrive[a] + tr
            if ready <= dep and arr < arrive.get(b, INF):
                arrive[b] = arr
                changed = True
    return arrive.get(dest, -1)


def check(candidate):
    conns = [("A", "B", 10, 20), ("B", "C", 22, 30), ("B", "C", 25, 28), ("A", "C", 5, 40)]
    assert candidate(conns, "A", "C", 0, 3) == 28
    assert candidate(conns, "A", "C", 0, 6) == 40
    assert candidate(conns, "A", "C", 11, 0) == -1
    assert candidate(conns, "A", "C", 6, 3) == 28
    assert candidate(conns, "C", "C", 99, 5) == 99
    assert candidate([], "A", "B", 0, 0) == -1
    assert candidate([("A", "B", 5, 6), ("B", "C", 8, 9)], "A", "C", 5, 2) == 9
    assert candidate([("A", "B", 5, 6), ("B", "C", 8, 9)], "A", "C", 5, 3) == -1
    assert candidate([("A", "B", 5, 6), ("B", "A", 7, 8), ("A", "C", 8, 12)], "A", "C", 0, 10) == 12
    rng = random.Random(36)
    for _ in range(40):
        st = ["s%d" % i for i in range(rng.randint(2, 6))]
        conns = []
        for _ in range(rng.randint(0, 15)):
            a, b = rng.sample(st, 2)
            dep = rng.randint(0, 30)
            conns.append((a, b, dep, dep + rng.randint(1, 6)))
        o, d = rng.choice(st), rng.choice(st)
        s, tr = rng.randint(0, 10), rng.randint(0, 4)
        assert candidate(conns, o, d, s, tr) == _ref(conns, o, d, s, tr)
    hops = 3000
    conns = []
    for i in range(hops):
        for k in range(-5, 6):
            if i + k >= 0:
                conns.append(("c%d" % i, "c%d" % (i + 1), 7 * (i + k), 7 * (i + k) + 3))
        conns.append(("c%d" % i, "c%d" % (i + 1), 7 * i + 1, 7 * i + 20))
        conns.append(("c%d" % i, "x%d" % i, 7 * i, 7 * i + 1))
    rng.shuffle(conns)
    assert candidate(conns, "c0", "c%d" % hops, 0, 2) == 7 * (hops - 1) + 3
    assert candidate(conns, "c0", "x%d" % (hops - 1), 0, 2) == 7 * (hops - 1) + 1
