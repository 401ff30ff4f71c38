import random


def _brute(n, steps, broken, pos=0):
    if pos in broken:
        return 0
    if pos == n:
        return 1
    return sum(_brute(n, steps, broken, pos + s) for s in steps if pos + s <= n)


def check(candidate):
    assert candidate(4, [1, 2], []) == 5
    assert candidate(4, [1, 2], [2]) == 1
    assert candidate(3, [2], []) == 0
    assert candidate(0, [1], []) == 1
    assert candidate(0, [1], [0]) == 0
    assert candidate(5, [1, 2], [0]) == 0
    assert candidate(5, [1, 2], [5]) == 0
    assert candidate(3, [5, 7], []) == 0
    assert candidate(6, [3, 1], [1, 4]) == 1
    rng = random.Random(10)
    for _ in range(40):
        n = rng.randint(0, 14)
        steps = rng.sample(range(1, 6), rng.randint(1, 3))
        broken = rng.sample(range(0, 16), rng.randint(0, 3))
        assert candidate(n, steps, broken) == _brute(n, steps, set(broken))
    a, b = 1, 1
    for _ in range(100000 - 1):
        a, b = b, (a + b) % 1_000_000_007
    assert candidate(100000, [1, 2], []) == b
    assert candidate(100000, [2], [99999]) == 1
