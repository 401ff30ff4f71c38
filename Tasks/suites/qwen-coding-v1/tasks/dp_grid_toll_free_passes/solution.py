from typing import List


def min_toll_path(grid: List[List[int]], passes: int) -> int:
    rows, cols = len(grid), len(grid[0])
    p_max = min(passes, rows + cols - 1)
    INF = float("inf")
    # dp[j][p]: best cost to reach cell (current row, j) having used p passes
    dp = [[INF] * (p_max + 1) for _ in range(cols)]
    for i in range(rows):
        for j in range(cols):
            toll = grid[i][j]
            if i == 0 and j == 0:
                came = [0] + [INF] * p_max
            else:
                up = dp[j] if i > 0 else None
                left = dp[j - 1] if j > 0 else None
                if up is None:
                    came = left
                elif left is None:
                    came = up
                else:
                    came = [min(a, b) for a, b in zip(up, left)]
            new = [INF] * (p_max + 1)
            for p in range(p_max + 1):
                if came[p] == INF:
                    continue
                if came[p] + toll < new[p]:
                    new[p] = came[p] + toll
                if p < p_max and came[p] < new[p + 1]:
                    new[p + 1] = came[p]
            dp[j] = new
    return min(dp[cols - 1])
