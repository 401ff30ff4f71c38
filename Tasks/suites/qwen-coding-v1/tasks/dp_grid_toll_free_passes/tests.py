import random


def _brute(grid, passes):
    rows, cols = len(grid), len(grid[0])
    best = None

    def walk(i, j, tolls):
        nonlocal best
        tolls = tolls + [grid[i][j]]
        if i == rows - 1 and j == cols - 1:
            cost = sum(sorted(tolls)[:max(0, len(tolls) - passes)])
            if best is None or cost < best:
                best = cost
            return
        if i + 1 < rows:
            walk(i + 1, j, tolls)
        if j + 1 < cols:
            walk(i, j + 1, tolls)
    walk(0, 0, [])
    return best


def check(candidate):
    g = [[1, 3, 1], [1, 5, 1], [4, 2, 1]]
    assert candidate(g, 0) == 7
    assert candidate(g, 1) == 4
    assert candidate(g, 5) == 0
    assert candidate([[0, 20, 0], [6, 6, 0]], 1) == 0
    assert candidate([[9]], 0) == 9
    assert candidate([[9]], 3) == 0
    assert candidate([[5, 1, 1, 1, 7]], 2) == 3
    assert candidate([[1, 8, 8], [1, 1, 8], [9, 1, 1]], 0) == 5
    assert candidate([[1, 8, 8], [1, 1, 8], [9, 1, 1]], 2) == 3
    rng = random.Random(19)
    for _ in range(40):
        r, c = rng.randint(1, 4), rng.randint(1, 4)
        grid = [[rng.randint(0, 9) for _ in range(c)] for _ in range(r)]
        p = rng.randint(0, 3)
        assert candidate(grid, p) == _brute(grid, p)
    big = [[(i * 7 + j * 13) % 10 for j in range(40)] for i in range(40)]
    assert candidate(big, 79) == 0
