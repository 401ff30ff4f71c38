import random


def _brute(times, queries, tol):
    out = []
    for q in queries:
        best = -1
        for i, t in enumerate(times):
            if abs(t - q) <= tol and (best == -1 or abs(t - q) < abs(times[best] - q)):
                best = i
        out.append(best)
    return out


def check(candidate):
    assert candidate([10, 20, 20, 35], [21, 15, 28, 100, 0], 5) == [1, 0, -1, -1, -1]
    assert candidate([10, 20, 20, 35], [21, 15, 28, 100, 0], 10) == [1, 0, 3, -1, 0]
    assert candidate([], [1, 2, 3], 100) == [-1, -1, -1]
    assert candidate([1, 2, 3], [], 0) == []
    assert candidate([5, 7, 7, 7], [7, 6, 8, 100], 1) == [1, 0, 1, -1]
    assert candidate([3, 3, 3], [3, 4, 2], 0) == [0, -1, -1]
    assert candidate([-10, 0, 10], [-5, 5, -20, 20], 10) == [0, 1, 0, 2]
    rng = random.Random(17)
    for _ in range(50):
        times = sorted(rng.randint(0, 40) for _ in range(rng.randint(0, 12)))
        qs = [rng.randint(-5, 45) for _ in range(10)]
        tol = rng.randint(0, 6)
        assert candidate(times, qs, tol) == _brute(times, qs, tol)
    n = 30000
    times = [10 * (i // 2) for i in range(2 * n)]
    qs = [rng.randint(-20, 10 * n + 20) for _ in range(60000)]
    expected = []
    for q in qs:
        j = min(max((q + 4) // 10, 0), n - 1)
        expected.append(2 * j if abs(q - 10 * j) <= 3 else -1)
    assert candidate(times, qs, 3) == expected
