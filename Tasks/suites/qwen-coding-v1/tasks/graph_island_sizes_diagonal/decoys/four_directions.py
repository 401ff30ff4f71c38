from collections import deque
from typing import List


def island_sizes(grid: List[str]) -> List[int]:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = set()
    sizes = []
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "#" or (r, c) in seen:
                continue
            seen.add((r, c))
            queue = deque([(r, c)])
            size = 0
            while queue:
                y, x = queue.popleft()
                size += 1
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "#" and (ny, nx) not in seen:
                        seen.add((ny, nx))
                        queue.append((ny, nx))
            sizes.append(size)
    return sorted(sizes, reverse=True)
