import random


def _brute(meetings, cleanup):
    order = sorted(range(len(meetings)), key=lambda i: (meetings[i][0], i))
    ready = []
    res = [None] * len(meetings)
    for i in order:
        s, e = meetings[i]
        room = next((r for r, t in enumerate(ready) if t <= s), len(ready))
        if room == len(ready):
            ready.append(0)
        ready[room] = e + cleanup
        res[i] = room
    return res


def check(candidate):
    assert candidate([(0, 10), (5, 15), (10, 20)], 0) == [0, 1, 0]
    assert candidate([(0, 10), (5, 15), (10, 20)], 1) == [0, 1, 2]
    assert candidate([(4, 6), (0, 3), (3, 5)], 0) == [1, 0, 0]
    assert candidate([], 5) == []
    assert candidate([(1, 2)], 100) == [0]
    assert candidate([(0, 5), (0, 5), (0, 5)], 0) == [0, 1, 2]
    assert candidate([(0, 4), (0, 2), (3, 9), (5, 6)], 1) == [0, 1, 1, 0]
    assert candidate([(0, 10), (1, 3), (2, 4), (6, 7)], 2) == [0, 1, 2, 1]
    rng = random.Random(13)
    for _ in range(40):
        ms = []
        for _ in range(rng.randint(1, 15)):
            s = rng.randint(0, 30)
            ms.append((s, s + rng.randint(1, 8)))
        c = rng.randint(0, 3)
        assert candidate(ms, c) == _brute(ms, c)
    w = 20000
    total = 40000
    idx = list(range(total))
    rng.shuffle(idx)
    ms = [(j, j + w) for j in idx]
    assert candidate(ms, 1) == [j % (w + 1) for j in idx]
    assert candidate(ms, 0) == [j % w for j in idx]
