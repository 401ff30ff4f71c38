from typing import Any, Iterator, List, Tuple


class Grid:
    r"""A fixed-size 2-D grid of cells addressed by ``(x, y)``.

    x is the column (0..width-1) and y the row (0..height-1); row 0 is the top.

    - ``Grid(width, height, fill=None)``: width and height must be ints >= 1,
      else ValueError. Every cell starts as ``fill``.
    - ``grid[x, y]`` reads a cell and ``grid[x, y] = value`` writes one.
      Coordinates outside the grid, negative ones included (there is no
      wrap-around), raise IndexError.
    - ``len(grid)`` is width * height.
    - ``(x, y) in grid`` is True when the coordinate lies inside the grid.
    - Iterating yields ``((x, y), value)`` pairs row by row: y ascending, and x
      ascending within a row.
    - ``neighbours(x, y, diagonal=False)`` returns the in-bounds coordinates
      adjacent to (x, y) as a list. Without diagonals the order is up (y-1),
      right (x+1), down (y+1), left (x-1). With diagonals it is clockwise starting
      at up: up, up-right, right, down-right, down, down-left, left, up-left.
      (x, y) itself must be inside the grid, else IndexError.
    - ``str(grid)``: one line per row (top first), cells converted with ``str``
      and separated by single spaces, lines joined with ``'\n'``.

    >>> g = Grid(3, 2, fill=0)
    >>> g[2, 1] = 7
    >>> print(g)
    0 0 0
    0 0 7
    >>> g.neighbours(0, 0)
    [(1, 0), (0, 1)]
    """

    def __init__(self, width: int, height: int, fill: Any = None) -> None:
        """Create a width x height grid filled with fill."""

    def __getitem__(self, pos: Tuple[int, int]) -> Any:
        """Value at (x, y)."""

    def __setitem__(self, pos: Tuple[int, int], value: Any) -> None:
        """Set the value at (x, y)."""

    def __len__(self) -> int:
        """Number of cells."""

    def __contains__(self, pos: object) -> bool:
        """True if pos is an in-bounds coordinate."""

    def __iter__(self) -> Iterator[Tuple[Tuple[int, int], Any]]:
        """((x, y), value) pairs in row-major order."""

    def neighbours(self, x: int, y: int, diagonal: bool = False) -> List[Tuple[int, int]]:
        """In-bounds adjacent coordinates in the documented order."""

    def __str__(self) -> str:
        """Rows of space-separated cell strings."""
