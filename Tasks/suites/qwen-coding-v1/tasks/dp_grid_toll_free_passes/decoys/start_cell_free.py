from typing import List


def min_toll_path(grid: List[List[int]], passes: int) -> int:
    rows, cols = len(grid), len(grid[0])
    p_max = min(passes, rows + cols - 1)
    INF = float("inf")
    dp = [[[INF] * (p_max + 1) for _ in range(cols)] for _ in range(rows)]
    dp[0][0][0] = 0
    for i in range(rows):
        for j in range(cols):
            if i == 0 and j == 0:
                continue
            t = grid[i][j]
            for p in range(p_max + 1):
                came = min(dp[i - 1][j][p] if i else INF, dp[i][j - 1][p] if j else INF)
                dp[i][j][p] = min(dp[i][j][p], came + t)
                if p < p_max:
                    dp[i][j][p + 1] = min(dp[i][j][p + 1], came)
    return min(dp[-1][-1])
