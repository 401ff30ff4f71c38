import random


def _brute(values, p):
    out = []
    for n in range(1, len(values) + 1):
        s = sorted(values[:n])
        out.append(s[-(-p * n // 100) - 1])
    return out


def check(candidate):
    assert candidate([5, 1, 9, 3], 50) == [5, 1, 5, 3]
    assert candidate([2, 7, 4], 100) == [2, 7, 7]
    assert candidate([4, 4, 1, 8, 6], 70) == [4, 4, 4, 4, 6]
    assert candidate([], 50) == []
    assert candidate([42], 1) == [42]
    assert candidate([3, 1, 2, 0, -5], 1) == [3, 1, 1, 0, -5]
    assert candidate(list(range(10, 0, -1)), 90) == [10, 10, 10, 10, 10, 10, 10, 10, 10, 9]
    assert candidate([7] * 6, 33) == [7] * 6
    rng = random.Random(8)
    for p in (1, 10, 25, 50, 51, 75, 99, 100):
        vals = [rng.randint(-20, 20) for _ in range(120)]
        assert candidate(vals, p) == _brute(vals, p)
    n = 150000
    big = 10 ** 9
    vals = [i // 2 if i % 2 == 0 else big - i // 2 for i in range(n)]
    expected = []
    for m in range(1, n + 1):
        a = (m + 1) // 2
        b = m // 2
        r = (95 * m + 99) // 100
        expected.append(r - 1 if r <= a else big - b + (r - a))
    assert candidate(vals, 95) == expected
