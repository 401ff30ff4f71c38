from collections import deque
from typing import List


def island_sizes(grid: List[str]) -> List[int]:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]
    sizes = []
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "#" or seen[r][c]:
                continue
            seen[r][c] = True
            queue = deque([(r, c)])
            size = 0
            while queue:
                y, x = queue.popleft()
                size += 1
                for dy in (-1, 0, 1):
                    ny = y + dy
                    if ny < 0 or ny >= rows:
                        continue
                    row = grid[ny]
                    seen_row = seen[ny]
                    for dx in (-1, 0, 1):
                        nx = x + dx
                        if 0 <= nx < cols and not seen_row[nx] and row[nx] == "#":
                            seen_row[nx] = True
                            queue.append((ny, nx))
            sizes.append(size)
    sizes.sort(reverse=True)
    return sizes
