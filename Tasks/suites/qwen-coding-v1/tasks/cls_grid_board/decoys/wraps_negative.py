from typing import Any, Iterator, List, Tuple

_ORTHO = [(0, -1), (1, 0), (0, 1), (-1, 0)]
_ALL = [(0, -1), (1, -1), (1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1)]


class Grid:
    def __init__(self, width: int, height: int, fill: Any = None) -> None:
        for v in (width, height):
            if not isinstance(v, int) or v < 1:
                raise ValueError("width and height must be ints >= 1")
        self.width = width
        self.height = height
        self._rows = [[fill] * width for _ in range(height)]

    def _inside(self, x, y):
        return 0 <= x < self.width and 0 <= y < self.height

    def _check(self, pos):
        x, y = pos
        if x >= self.width or y >= self.height:
            raise IndexError(f"{pos!r} is outside the grid")
        return x, y

    def __getitem__(self, pos):
        x, y = self._check(pos)
        return self._rows[y][x]

    def __setitem__(self, pos, value):
        x, y = self._check(pos)
        self._rows[y][x] = value

    def __len__(self):
        return self.width * self.height

    def __contains__(self, pos):
        if not isinstance(pos, tuple) or len(pos) != 2:
            return False
        x, y = pos
        return isinstance(x, int) and isinstance(y, int) and self._inside(x, y)

    def __iter__(self):
        for y, row in enumerate(self._rows):
            for x, value in enumerate(row):
                yield (x, y), value

    def neighbours(self, x, y, diagonal=False):
        self._check((x, y))
        deltas = _ALL if diagonal else _ORTHO
        return [(x + dx, y + dy) for dx, dy in deltas if self._inside(x + dx, y + dy)]

    def __str__(self):
        return "\n".join(" ".join(str(v) for v in row) for row in self._rows)
