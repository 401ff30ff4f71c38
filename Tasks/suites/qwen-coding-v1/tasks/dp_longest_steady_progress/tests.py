import random


def _brute(a):
    best = [1] * len(a)
    for i in range(len(a)):
        for j in range(i):
            if a[j] <= a[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)


def check(candidate):
    assert candidate([3, 1, 2, 2, 5, 4]) == 4
    assert candidate([5, 4, 3]) == 1
    assert candidate([2, 2, 2]) == 3
    assert candidate([]) == 0
    assert candidate([7]) == 1
    assert candidate([1, 5, 2, 5, 3, 5, 1]) == 4
    assert candidate([-3, -3, -10, -2, -2, -50]) == 4
    rng = random.Random(23)
    for _ in range(50):
        a = [rng.randint(0, 6) for _ in range(rng.randint(0, 30))]
        assert candidate(a) == _brute(a)
    n = 100000
    assert candidate([i % 1000 for i in range(n)]) == 1099
    assert candidate(list(range(n, 0, -1))) == 1
    assert candidate([4] * n) == n
