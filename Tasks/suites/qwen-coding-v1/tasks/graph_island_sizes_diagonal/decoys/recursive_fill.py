from typing import List


def island_sizes(grid: List[str]) -> List[int]:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = set()

    def fill(y, x):
        if not (0 <= y < rows and 0 <= x < cols) or grid[y][x] != "#" or (y, x) in seen:
            return 0
        seen.add((y, x))
        total = 1
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dy or dx:
                    total += fill(y + dy, x + dx)
        return total

    sizes = []
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "#" and (r, c) not in seen:
                sizes.append(fill(r, c))
    return sorted(sizes, reverse=True)
