from typing import List


def min_toll_path(grid: List[List[int]], passes: int) -> int:
    """Cheapest monotone route through a toll grid when some tolls can be waived.

    ``grid`` is a non-empty rectangular matrix of non-negative tolls. A route starts
    at the top-left cell, ends at the bottom-right cell and moves only right or
    down. The cost of a route is the sum of the tolls of all cells it visits,
    including the first and the last cell. The traveller holds ``passes >= 0`` free
    passes; each pass waives the toll of one visited cell (at most one pass per
    cell). Return the minimum possible cost.

    >>> min_toll_path([[1, 3, 1], [1, 5, 1], [4, 2, 1]], 0)
    7
    >>> min_toll_path([[1, 3, 1], [1, 5, 1], [4, 2, 1]], 1)
    4
    >>> min_toll_path([[0, 20, 0], [6, 6, 0]], 1)
    0
    """
