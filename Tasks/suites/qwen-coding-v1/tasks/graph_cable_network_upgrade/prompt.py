from typing import List, Tuple


def min_cable_cost(n: int, existing: List[Tuple[int, int]], offers: List[Tuple[int, int, int]]) -> int:
    """Minimum cost of new cables that connect every site of a network.

    Sites are numbered ``0 .. n-1`` (``n >= 1``). ``existing`` lists cables that are
    already installed (free to keep, possibly redundant or duplicated). ``offers``
    lists cables that could be installed as ``(u, v, cost)`` with ``cost >= 0``.
    Cables are bidirectional. Choose a set of offers so that, together with the
    existing cables, every site can reach every other site, minimising the total
    cost of the chosen offers.

    Return that minimum cost, or ``-1`` if the sites cannot all be connected.

    >>> min_cable_cost(4, [(0, 1)], [(1, 2, 5), (2, 3, 1), (0, 3, 4), (0, 2, 10)])
    5
    >>> min_cable_cost(3, [], [(0, 1, 2)])
    -1
    >>> min_cable_cost(1, [], [])
    0
    """
