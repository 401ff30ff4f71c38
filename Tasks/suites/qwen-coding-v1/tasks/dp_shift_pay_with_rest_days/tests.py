import random
from itertools import combinations


def _brute(pay, rest):
    n = len(pay)
    best = 0
    for r in range(n + 1):
        for days in combinations(range(n), r):
            if all(b - a > rest for a, b in zip(days, days[1:])):
                best = max(best, sum(pay[d] for d in days))
    return best


def check(candidate):
    assert candidate([5, 1, 1, 5], 1) == 10
    assert candidate([5, 1, 1, 5], 3) == 5
    assert candidate([3, 8, 4], 0) == 15
    assert candidate([], 2) == 0
    assert candidate([7], 5) == 7
    assert candidate([5, 1, 1, 5], 2) == 10
    assert candidate([2, 9, 9, 2, 1, 9], 1) == 20
    assert candidate([6, 7, 6, 0, 0, 7], 2) == 14
    assert candidate([0, 0, 0], 0) == 0
    rng = random.Random(14)
    for _ in range(50):
        pay = [rng.randint(0, 9) for _ in range(rng.randint(0, 10))]
        rest = rng.randint(0, 4)
        assert candidate(pay, rest) == _brute(pay, rest)
    big = [(i * 37) % 101 for i in range(50000)]
    assert candidate(big, 0) == sum(big)
