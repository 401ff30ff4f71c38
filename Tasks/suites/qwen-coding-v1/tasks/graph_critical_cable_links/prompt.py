from typing import List, Tuple


def critical_links(n: int, links: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Find the cables whose failure would split the network.

    Nodes are numbered ``0 .. n-1``. ``links`` lists undirected cables ``(u, v)``
    with ``u != v``; the same pair may be connected by several parallel cables, and
    the network need not be connected. A cable is critical if removing that single
    cable (and nothing else) increases the number of connected components. Note that
    a cable with a parallel twin is never critical.

    Return the critical cables as ``(min(u, v), max(u, v))`` tuples sorted ascending.
    Expect tens of thousands of nodes and long chains (deep paths), so removing
    each cable in turn and re-checking connectivity is too slow.

    >>> critical_links(4, [(0, 1), (1, 2), (2, 0), (2, 3)])
    [(2, 3)]
    >>> critical_links(3, [(0, 1), (1, 0), (1, 2)])
    [(1, 2)]
    >>> critical_links(3, [])
    []
    """
