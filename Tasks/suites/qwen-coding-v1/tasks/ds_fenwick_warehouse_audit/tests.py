import random
from itertools import accumulate


def check(candidate):
    assert candidate(5, [("restock", 1, 10), ("restock", 3, 5), ("audit", 0, 4), ("ship", 1, 4), ("ship", 3, 9), ("audit", 1, 3)]) == [15, 6]
    assert candidate(3, [("ship", 0, 5), ("audit", 0, 2), ("restock", 2, 7), ("audit", 2, 2)]) == [0, 7]
    assert candidate(4, []) == []
    assert candidate(1, [("restock", 0, 0), ("audit", 0, 0), ("restock", 0, 3), ("ship", 0, 3), ("audit", 0, 0)]) == [0, 0]
    assert candidate(3, [("restock", 0, 2), ("ship", 0, 5), ("restock", 0, 4), ("audit", 0, 0)]) == [4]
    assert candidate(4, [("restock", i, i + 1) for i in range(4)] + [("audit", 0, 3), ("audit", 1, 2), ("audit", 3, 3), ("audit", 0, 0)]) == [10, 5, 4, 1]
    rng = random.Random(42)
    n = 100000
    stock = [0] * n
    ops = []
    expected = []
    for _ in range(20):
        for _ in range(1000):
            i = rng.randrange(n)
            q = rng.randint(0, 60)
            if rng.random() < 0.6:
                ops.append(("restock", i, q))
                stock[i] += q
            else:
                ops.append(("ship", i, q))
                stock[i] -= min(q, stock[i])
        pre = [0] + list(accumulate(stock))
        for _ in range(1000):
            l = rng.randrange(0, n // 10)
            r = rng.randrange(n - n // 10, n)
            ops.append(("audit", l, r))
            expected.append(pre[r + 1] - pre[l])
    res = candidate(n, ops)
    assert len(res) == len(expected)
    assert res == expected
