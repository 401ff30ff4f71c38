from typing import List


def min_toll_path(grid: List[List[int]], passes: int) -> int:
    rows, cols = len(grid), len(grid[0])
    INF = float("inf")
    full = [[INF] * cols for _ in range(rows)]
    waived = [[INF] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            t = grid[i][j]
            if i == 0 and j == 0:
                full[i][j] = t
                waived[i][j] = 0 if passes > 0 else INF
                continue
            pf = min(full[i - 1][j] if i else INF, full[i][j - 1] if j else INF)
            pw = min(waived[i - 1][j] if i else INF, waived[i][j - 1] if j else INF)
            full[i][j] = pf + t
            if passes > 0:
                waived[i][j] = min(pw + t, pf)
    return min(full[-1][-1], waived[-1][-1])
