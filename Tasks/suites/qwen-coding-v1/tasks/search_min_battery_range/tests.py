import random


def _brute(stations, destination, k):
    pts = [0] + sorted(stations) + [destination]
    for r in range(1, destination + 1):
        best = [None] * len(pts)
        best[0] = 0
        for j in range(1, len(pts)):
            cands = [best[i] + 1 for i in range(j) if best[i] is not None and pts[j] - pts[i] <= r]
            if cands:
                best[j] = min(cands)
        if best[-1] is not None and best[-1] - 1 <= k:
            return r
    return destination


def check(candidate):
    assert candidate([30, 60, 90], 120, 1) == 60
    assert candidate([10, 50], 100, 5) == 50
    assert candidate([20, 50], 100, 0) == 100
    assert candidate([], 7, 3) == 7
    assert candidate([1], 2, 1) == 1
    assert candidate([90, 10, 50], 100, 2) == 50
    assert candidate([90, 10, 50], 100, 3) == 40
    assert candidate([25, 50, 75], 100, 3) == 25
    assert candidate([25, 50, 75], 100, 2) == 50
    rng = random.Random(21)
    for _ in range(40):
        d = rng.randint(2, 60)
        st = rng.sample(range(1, d), rng.randint(0, min(8, d - 1)))
        k = rng.randint(0, 4)
        assert candidate(st, d, k) == _brute(st, d, k)
    g = 19999
    m = 50000
    st = [g * i for i in range(1, m + 1)]
    rng.shuffle(st)
    k = 1000
    assert candidate(st, g * (m + 1), k) == g * (-(-(m + 1) // (k + 1)))
    assert candidate(st, g * (m + 1), 10 ** 6) == g
