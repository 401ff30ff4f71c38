import random


def _ref(strokes):
    cells = {}
    for l, r, c in strokes:
        for x in range(l, r):
            cells[x] = c
    out = []
    for x in sorted(cells):
        c = cells[x]
        if out and out[-1][2] == c and out[-1][1] == x:
            out[-1] = (out[-1][0], x + 1, c)
        else:
            out.append((x, x + 1, c))
    return out


def check(candidate):
    assert candidate([(0, 10, "red"), (3, 5, "blue")]) == [(0, 3, "red"), (3, 5, "blue"), (5, 10, "red")]
    assert candidate([(0, 4, "red"), (4, 8, "red"), (10, 12, "red"), (2, 3, "blue"), (2, 3, "red")]) == [(0, 8, "red"), (10, 12, "red")]
    assert candidate([]) == []
    assert candidate([(5, 5, "a"), (7, 3, "b")]) == []
    assert candidate([(0, 5, "a"), (0, 5, "b")]) == [(0, 5, "b")]
    assert candidate([(0, 2, "a"), (3, 5, "a")]) == [(0, 2, "a"), (3, 5, "a")]
    assert candidate([(0, 2, "a"), (2, 4, "b")]) == [(0, 2, "a"), (2, 4, "b")]
    assert candidate([(-10, -2, "g"), (-5, 5, "y"), (0, 1, "g")]) == [(-10, -5, "g"), (-5, 0, "y"), (0, 1, "g"), (1, 5, "y")]
    assert candidate([(1, 3, "x"), (2, 2, "y"), (0, 100, "x"), (50, 60, "z"), (55, 56, "x")]) == [(0, 50, "x"), (50, 55, "z"), (55, 56, "x"), (56, 60, "z"), (60, 100, "x")]
    rng = random.Random(11)
    for _ in range(60):
        strokes = []
        for _ in range(rng.randint(1, 12)):
            l = rng.randint(-5, 30)
            strokes.append((l, l + rng.randint(-2, 12), rng.choice("abc")))
        assert candidate(strokes) == _ref(strokes)
    big = [(i, i + 1000, "c%d" % (i % 3)) for i in range(0, 20000, 7)]
    res = candidate(big)
    assert res[0] == (0, 7, "c0") and res[-1] == (19999, 20999, "c1") and len(res) == 2858
