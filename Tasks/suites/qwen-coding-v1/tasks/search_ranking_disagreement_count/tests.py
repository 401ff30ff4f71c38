import random


def _brute(a, b):
    pa = {x: i for i, x in enumerate(a)}
    pb = {x: i for i, x in enumerate(b)}
    items = list(a)
    cnt = 0
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            x, y = items[i], items[j]
            if (pa[x] - pa[y]) * (pb[x] - pb[y]) < 0:
                cnt += 1
    return cnt


def check(candidate):
    assert candidate(["a", "b", "c"], ["a", "b", "c"]) == 0
    assert candidate(["a", "b", "c", "d"], ["b", "d", "a", "c"]) == 3
    assert candidate(["x", "y", "z"], ["z", "y", "x"]) == 3
    assert candidate([], []) == 0
    assert candidate(["solo"], ["solo"]) == 0
    assert candidate(["b", "a"], ["a", "b"]) == 1
    assert candidate(["d", "c", "b", "a"], ["a", "b", "c", "d"]) == 6
    rng = random.Random(2)
    for _ in range(30):
        items = ["i%d" % k for k in range(rng.randint(0, 25))]
        a = items[:]
        rng.shuffle(a)
        b = items[:]
        rng.shuffle(b)
        assert candidate(a, b) == _brute(a, b)
    n = 30000
    a = ["item%05d" % k for k in range(n)]
    rng.shuffle(a)
    assert candidate(a, a[::-1]) == n * (n - 1) // 2
    blk = 300
    b = []
    for s in range(0, n, blk):
        b.extend(reversed(a[s:s + blk]))
    assert candidate(a, b) == (n // blk) * blk * (blk - 1) // 2
