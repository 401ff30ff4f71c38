from typing import List


def exit_distances(grid: List[str]) -> List[List[int]]:
    """Evacuation map: steps from every cell to the closest exit.

    ``grid`` is a list of equal-length strings over ``'E'`` (exit), ``'.'`` (floor)
    and ``'#'`` (wall). A person moves one step at a time up, down, left or right
    between non-wall cells and cannot leave the grid. For every non-wall cell compute
    the minimum number of steps to reach any exit (0 on an exit itself), or ``-1`` if
    no exit is reachable; wall cells get ``-1``.

    Return the distances as a list of rows. Grids can be several hundred cells wide
    and tall with over a thousand exits.

    >>> exit_distances(["E.#", "..#", "#.."])
    [[0, 1, -1], [1, 2, -1], [-1, 3, 4]]
    >>> exit_distances([".E.E"])
    [[1, 0, 1, 0]]
    >>> exit_distances(["..", ".#"])
    [[-1, -1], [-1, -1]]
    """
