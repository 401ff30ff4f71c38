from typing import List


def island_sizes(grid: List[str]) -> List[int]:
    """Sizes of all islands on a map where diagonal neighbours also touch.

    ``grid`` is a list of equal-length strings made of ``'#'`` (land) and ``'.'``
    (water). Two land cells belong to the same island if they are adjacent
    horizontally, vertically OR diagonally (8 directions), directly or through a
    chain of such adjacencies. Return the sizes (number of land cells) of all
    islands, sorted in descending order. Maps can be a few hundred cells wide and
    tall.

    >>> island_sizes(["#..#", ".#..", "...#"])
    [2, 1, 1]
    >>> island_sizes(["##", "##"])
    [4]
    >>> island_sizes([])
    []
    """
