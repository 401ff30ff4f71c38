from collections import deque
from typing import List


def exit_distances(grid: List[str]) -> List[List[int]]:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    INF = rows * cols + 1
    dist = [[INF] * cols for _ in range(rows)]
    q = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "E":
                dist[r][c] = 0
                q.append((r, c))
    while q:
        r, c = q.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and dist[nr][nc] > dist[r][c] + 1:
                dist[nr][nc] = dist[r][c] + 1
                q.append((nr, nc))
    return [[-1 if grid[r][c] == "#" else (0 if dist[r][c] == INF else dist[r][c]) for c in range(cols)] for r in range(rows)]
