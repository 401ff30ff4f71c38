import random


def check(candidate):
    assert candidate(4, [(0, 1), (1, 2)]) == [0, 1, 0, 0]
    assert candidate(5, [(4, 3)]) == [0, 0, 0, 0, 1]
    assert candidate(3, [(0, 1), (1, 2), (2, 0)]) is None
    assert candidate(0, []) == []
    assert candidate(3, []) == [0, 0, 0]
    assert candidate(2, [(1, 1)]) is None
    assert candidate(6, [(5, 2), (2, 4), (4, 1), (0, 3)]) == [0, 0, 0, 1, 1, 1]
    assert candidate(4, [(0, 1), (1, 2), (2, 3), (3, 0), (0, 1)]) == [0, 1, 0, 1]
    assert candidate(5, [(3, 4), (4, 2), (2, 3)]) is None
    rng = random.Random(30)
    n = 30000
    perm = list(range(n))
    rng.shuffle(perm)
    edges = [(perm[i], perm[i + 1]) for i in range(n - 1)]
    rng.shuffle(edges)
    pos = {p: i for i, p in enumerate(perm)}
    parity0 = pos[0] % 2
    assert candidate(n, edges) == [(pos[i] - parity0) % 2 for i in range(n)]
    assert candidate(n, edges + [(perm[0], perm[-1])]) == ([(pos[i] - parity0) % 2 for i in range(n)] if n % 2 == 0 else None)
    assert candidate(n, edges + [(perm[0], perm[2])]) is None
