import random


def _dense(m, n, p):
    return [[m.get((i, j), 0) for j in range(p)] for i in range(n)]


def _ref(a, b, n, m, p):
    out = {}
    for i in range(n):
        for j in range(p):
            s = sum(a.get((i, k), 0) * b.get((k, j), 0) for k in range(m))
            if s:
                out[(i, j)] = s
    return out


def check(candidate):
    assert candidate({(0, 0): 2, (0, 1): 3}, {(0, 0): 1, (1, 0): 4, (1, 2): 5}) == {(0, 0): 14, (0, 2): 15}
    assert candidate({(0, 0): 1, (0, 1): 1}, {(0, 3): 2, (1, 3): -2}) == {}
    assert candidate({}, {(0, 0): 5}) == {}
    assert candidate({(3, 7): 4}, {}) == {}
    assert candidate({(0, 0): 0, (1, 1): 2}, {(0, 0): 9, (1, 0): 3}) == {(1, 0): 6}
    assert candidate({(0, 1): 2}, {(0, 1): 7}) == {}
    assert candidate({(5, 2): -3}, {(2, 9): 4, (2, 0): 1}) == {(5, 9): -12, (5, 0): -3}
    a = {(0, 0): 1, (0, 1): 2}
    b = {(0, 0): 3, (1, 0): 4}
    res = candidate(a, b)
    assert a == {(0, 0): 1, (0, 1): 2} and b == {(0, 0): 3, (1, 0): 4} and res == {(0, 0): 11}
    rng = random.Random(7)
    for _ in range(30):
        n, m, p = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6)
        a = {(rng.randrange(n), rng.randrange(m)): rng.randint(-3, 3) for _ in range(rng.randint(0, 10))}
        b = {(rng.randrange(m), rng.randrange(p)): rng.randint(-3, 3) for _ in range(rng.randint(0, 10))}
        assert candidate(a, b) == _ref(a, b, n, m, p)
