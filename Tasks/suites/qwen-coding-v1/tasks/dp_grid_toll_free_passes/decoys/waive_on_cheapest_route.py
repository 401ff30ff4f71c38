from typing import List


def min_toll_path(grid: List[List[int]], passes: int) -> int:
    rows, cols = len(grid), len(grid[0])
    cost = [[0] * cols for _ in range(rows)]
    back = [[None] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            if i == 0 and j == 0:
                cost[i][j] = grid[i][j]
                continue
            options = []
            if i > 0:
                options.append((cost[i - 1][j], (i - 1, j)))
            if j > 0:
                options.append((cost[i][j - 1], (i, j - 1)))
            best, prev = min(options)
            cost[i][j] = best + grid[i][j]
            back[i][j] = prev
    tolls = []
    cell = (rows - 1, cols - 1)
    while cell is not None:
        tolls.append(grid[cell[0]][cell[1]])
        cell = back[cell[0]][cell[1]]
    tolls.sort(reverse=True)
    return sum(tolls[passes:])
