import random


def _brute(length, prices, kerf):
    if length == 0:
        return 0
    best = prices.get(length, 0)

    def rec(remaining, acc):
        nonlocal best
        best = max(best, acc + prices.get(remaining, 0))
        for first in range(1, remaining - kerf):
            rec(remaining - first - kerf, acc + prices.get(first, 0))
    rec(length, 0)
    return best


def check(candidate):
    assert candidate(10, {3: 5, 4: 7}, 1) == 12
    assert candidate(10, {3: 5, 4: 7}, 0) == 17
    assert candidate(5, {5: 9, 2: 5}, 1) == 10
    assert candidate(5, {5: 9, 2: 5}, 2) == 9
    assert candidate(0, {1: 100}, 0) == 0
    assert candidate(1, {1: 4}, 3) == 4
    assert candidate(7, {}, 1) == 0
    assert candidate(8, {2: 3}, 0) == 12
    assert candidate(8, {2: 3}, 1) == 9
    assert candidate(6, {1: 1, 6: 2}, 0) == 6
    rng = random.Random(15)
    for _ in range(40):
        L = rng.randint(0, 16)
        prices = {rng.randint(1, 10): rng.randint(1, 20) for _ in range(rng.randint(0, 4))}
        kerf = rng.randint(0, 3)
        assert candidate(L, prices, kerf) == _brute(L, prices, kerf)
