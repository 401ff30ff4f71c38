import random


def _ref(bookings, min_gap):
    blocks = [list(b) for b in bookings]
    changed = True
    while changed:
        changed = False
        for i in range(len(blocks)):
            for j in range(i + 1, len(blocks)):
                a, b = blocks[i], blocks[j]
                if max(a[0], b[0]) - min(a[1], b[1]) < min_gap or max(a[0], b[0]) < min(a[1], b[1]):
                    blocks[i] = [min(a[0], b[0]), max(a[1], b[1])]
                    del blocks[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(tuple(b) for b in blocks)


def check(candidate):
    assert candidate([(8, 10), (1, 3), (2, 5)], 0) == [(1, 5), (8, 10)]
    assert candidate([(1, 3), (5, 6), (6, 8)], 2) == [(1, 3), (5, 8)]
    assert candidate([(4, 6), (5, 6), (6, 7)], 0) == [(4, 6), (6, 7)]
    assert candidate([], 5) == []
    assert candidate([(3, 9)], 100) == [(3, 9)]
    assert candidate([(1, 10), (2, 3), (4, 12)], 1) == [(1, 12)]
    assert candidate([(1, 10), (2, 3), (11, 12)], 1) == [(1, 10), (11, 12)]
    assert candidate([(1, 10), (2, 3), (11, 12)], 2) == [(1, 12)]
    assert candidate([(5, 7), (5, 7), (5, 7)], 0) == [(5, 7)]
    assert candidate([(0, 1), (3, 4), (6, 7), (9, 10)], 2) == [(0, 1), (3, 4), (6, 7), (9, 10)]
    assert candidate([(0, 1), (3, 4), (6, 7), (9, 10)], 3) == [(0, 10)]
    assert candidate([(-5, -2), (-1, 0)], 2) == [(-5, 0)]
    rng = random.Random(3)
    for _ in range(60):
        bs = []
        for _ in range(rng.randint(1, 10)):
            s = rng.randint(0, 40)
            bs.append((s, s + rng.randint(1, 6)))
        g = rng.randint(0, 4)
        assert candidate(bs, g) == _ref(bs, g)
