import random
from itertools import product


def _brute(amount, coins):
    items = list(coins.items())
    best = -1
    for combo in product(*[range(c + 1) for _, c in items]):
        if sum(n * v for n, (v, _) in zip(combo, items)) == amount:
            if best == -1 or sum(combo) < best:
                best = sum(combo)
    return best


def check(candidate):
    assert candidate(12, {5: 1, 2: 10}) == 6
    assert candidate(7, {4: 2, 3: 1}) == 2
    assert candidate(3, {2: 5}) == -1
    assert candidate(0, {}) == 0
    assert candidate(0, {3: 0}) == 0
    assert candidate(5, {5: 0, 1: 5}) == 5
    assert candidate(6, {4: 1, 3: 2}) == 2
    assert candidate(10, {5: 1}) == -1
    assert candidate(11, {1: 3, 5: 1, 6: 1}) == 2
    rng = random.Random(16)
    for _ in range(40):
        coins = {v: rng.randint(0, 4) for v in rng.sample(range(1, 13), rng.randint(1, 4))}
        amt = rng.randint(0, 40)
        assert candidate(amt, coins) == _brute(amt, coins)
    assert candidate(4999, {1: 100, 7: 100, 50: 80, 97: 3}) == 3 + 80 + 100 + 8
    assert candidate(5000, {3: 400, 10: 400, 1: 0}) == 398 + 340
    assert candidate(5000, {3: 1000, 10: 200, 1: 0}) == 200 + 1000
