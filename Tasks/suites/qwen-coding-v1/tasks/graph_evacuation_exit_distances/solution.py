from collections import deque
from typing import List


def exit_distances(grid: List[str]) -> List[List[int]]:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    dist = [[-1] * cols for _ in range(rows)]
    queue = deque()
    for r in range(rows):
        row = grid[r]
        for c in range(cols):
            if row[c] == "E":
                dist[r][c] = 0
                queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        d = dist[r][c] + 1
        if r > 0 and dist[r - 1][c] < 0 and grid[r - 1][c] != "#":
            dist[r - 1][c] = d
            queue.append((r - 1, c))
        if r + 1 < rows and dist[r + 1][c] < 0 and grid[r + 1][c] != "#":
            dist[r + 1][c] = d
            queue.append((r + 1, c))
        if c > 0 and dist[r][c - 1] < 0 and grid[r][c - 1] != "#":
            dist[r][c - 1] = d
            queue.append((r, c - 1))
        if c + 1 < cols and dist[r][c + 1] < 0 and grid[r][c + 1] != "#":
            dist[r][c + 1] = d
            queue.append((r, c + 1))
    return dist
