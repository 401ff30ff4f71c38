import random
from itertools import product


def _brute(ds):
    total = sum(ds)
    best = total
    for choice in product((0, 1), repeat=len(ds)):
        a = sum(d for d, c in zip(ds, choice) if c)
        best = min(best, max(a, total - a))
    return best


def check(candidate):
    assert candidate([3, 1, 4, 2, 2]) == 6
    assert candidate([10, 1, 1]) == 10
    assert candidate([3, 3, 2, 2, 2]) == 6
    assert candidate([]) == 0
    assert candidate([7]) == 7
    assert candidate([5, 5]) == 5
    assert candidate([8, 7, 6, 5, 4]) == 15
    rng = random.Random(22)
    for _ in range(30):
        ds = [rng.randint(1, 30) for _ in range(rng.randint(1, 12))]
        assert candidate(ds) == _brute(ds)
    half = [rng.randint(1, 1000) for _ in range(30)]
    jobs = half + half
    rng.shuffle(jobs)
    assert candidate(jobs) == sum(half)
    odd = [2 * rng.randint(1, 500) for _ in range(59)] + [1]
    s = sum(odd)
    assert candidate(odd) == s // 2 + 1
