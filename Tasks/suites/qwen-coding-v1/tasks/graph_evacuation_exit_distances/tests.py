def _near(x, limit, step):
    best = None
    for e in range(0, limit, step):
        d = abs(x - e)
        if best is None or d < best:
            best = d
    return best


def check(candidate):
    assert candidate(["E.#", "..#", "#.."]) == [[0, 1, -1], [1, 2, -1], [-1, 3, 4]]
    assert candidate([".E.E"]) == [[1, 0, 1, 0]]
    assert candidate(["..", ".#"]) == [[-1, -1], [-1, -1]]
    assert candidate([]) == []
    assert candidate(["E"]) == [[0]]
    assert candidate(["#"]) == [[-1]]
    assert candidate(["E.#.", "##..", "...E"]) == [[0, 1, -1, 2], [-1, -1, 2, 1], [3, 2, 1, 0]]
    assert candidate(["E#.", "##.", "..."]) == [[0, -1, -1], [-1, -1, -1], [-1, -1, -1]]
    assert candidate([".....", ".###.", ".#E#.", ".###.", "....."]) == [[-1] * 5, [-1, -1, -1, -1, -1], [-1, -1, 0, -1, -1], [-1] * 5, [-1] * 5]
    n = 400
    grid = ["".join("E" if r % 10 == 0 and c % 10 == 0 else "." for c in range(n)) for r in range(n)]
    near = [_near(x, n, 10) for x in range(n)]
    assert candidate(grid) == [[near[r] + near[c] for c in range(n)] for r in range(n)]
    m = 300
    grid2 = ["".join("#" if c == 150 else ("E" if r % 10 == 0 and c % 10 == 0 and c < 150 else ".") for c in range(m)) for r in range(m)]
    near_r = [_near(x, m, 10) for x in range(m)]
    near_c = [_near(x, 150, 10) for x in range(150)]
    exp = [[near_r[r] + near_c[c] for c in range(150)] + [-1] * 150 for r in range(m)]
    assert candidate(grid2) == exp
