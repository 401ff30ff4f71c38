import random


def check(candidate):
    assert candidate([5, 1, 9, 5, 3], [(3, 5), (6, 8), (0, 100), (9, 9), (7, 2)]) == [3, 0, 5, 1, 0]
    assert candidate([], [(1, 2)]) == [0]
    assert candidate([1, 2, 3], []) == []
    assert candidate([4, 4, 4], [(4, 4), (5, 3), (3, 3), (-1, 4)]) == [3, 0, 0, 3]
    assert candidate([-5, 0, 5], [(-5, -5), (-10, 10), (1, 4)]) == [1, 3, 0]
    assert candidate([10, 20, 30], [(30, 10), (20, 10), (10, 30)]) == [0, 0, 3]
    rng = random.Random(555)
    small = [rng.randint(0, 30) for _ in range(40)]
    bands = [(rng.randint(-3, 33), rng.randint(-3, 33)) for _ in range(100)]
    assert candidate(small, bands) == [sum(1 for p in small if lo <= p <= hi) for lo, hi in bands]
    n = 35000
    prices = [i // 3 for i in range(3 * n)]
    rng.shuffle(prices)
    bands = []
    expected = []
    for _ in range(40000):
        lo = rng.randint(-100, n + 100)
        hi = rng.randint(lo - 50, n + 100)
        bands.append((lo, hi))
        expected.append(max(0, 3 * (min(hi, n - 1) - max(lo, 0) + 1)))
    assert candidate(prices, bands) == expected
