import random


def _pairs_at_most(s, n):
    if s < 0:
        return 0
    if s <= n - 1:
        return (s + 1) * (s + 2) // 2
    if s >= 2 * n - 2:
        return n * n
    t = 2 * n - 2 - s
    return n * n - t * (t + 1) // 2


def _kth_grid(n, k):
    s = 0
    while _pairs_at_most(s, n) < k:
        s += 1
    return s


def check(candidate):
    assert candidate([8, 3], [2, 5, 2], 1) == 5
    assert candidate([8, 3], [2, 5, 2], 3) == 8
    assert candidate([8, 3], [2, 5, 2], 5) == 10
    assert candidate([8, 3], [2, 5, 2], 6) == 13
    assert candidate([7], [0], 1) == 7
    assert candidate([5, 5], [1], 2) == 6
    assert candidate([0, 0, 0], [0, 0], 6) == 0
    rng = random.Random(9)
    for _ in range(40):
        m = [rng.randint(0, 20) for _ in range(rng.randint(1, 7))]
        d = [rng.randint(0, 20) for _ in range(rng.randint(1, 7))]
        sums = sorted(x + y for x in m for y in d)
        k = rng.randint(1, len(sums))
        assert candidate(m, d, k) == sums[k - 1]
    n = 15000
    mains = [3 * i for i in range(n)]
    desserts = [3 * j for j in range(n)]
    rng.shuffle(mains)
    rng.shuffle(desserts)
    for k in (n * n // 2 + 12345, 77777777):
        assert candidate(mains, desserts, k) == 3 * _kth_grid(n, k)
    assert candidate(mains, desserts, n * n) == 6 * (n - 1)
