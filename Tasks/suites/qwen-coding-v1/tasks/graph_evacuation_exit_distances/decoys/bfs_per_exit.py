from collections import deque
from typing import List


def exit_distances(grid: List[str]) -> List[List[int]]:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    best = [[-1] * cols for _ in range(rows)]
    for er in range(rows):
        for ec in range(cols):
            if grid[er][ec] != "E":
                continue
            seen = {(er, ec): 0}
            q = deque([(er, ec)])
            while q:
                r, c = q.popleft()
                d = seen[(r, c)]
                if best[r][c] == -1 or d < best[r][c]:
                    best[r][c] = d
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                        seen[(nr, nc)] = d + 1
                        q.append((nr, nc))
    return best
