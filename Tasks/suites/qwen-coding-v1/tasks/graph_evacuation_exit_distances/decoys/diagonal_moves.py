from collections import deque
from typing import List


def exit_distances(grid: List[str]) -> List[List[int]]:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    dist = [[-1] * cols for _ in range(rows)]
    q = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "E":
                dist[r][c] = 0
                q.append((r, c))
    while q:
        r, c = q.popleft()
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] < 0 and grid[nr][nc] != "#":
                    dist[nr][nc] = dist[r][c] + 1
                    q.append((nr, nc))
    return dist
