from typing import List, Tuple


def within_hops(links: List[Tuple[str, str]], start: str, max_hops: int) -> List[str]:
    """List the nodes reachable from ``start`` in at most ``max_hops`` hops.

    ``links`` are undirected connections between named nodes (a link may be listed
    more than once, in either direction). The hop distance between two nodes is the
    minimum number of links on a path between them. Return, sorted ascending, every
    node whose hop distance from ``start`` is at most ``max_hops`` (``max_hops >= 0``).
    ``start`` itself is always included, even if it appears in no link.

    >>> within_hops([("a", "b"), ("b", "c"), ("c", "d")], "a", 2)
    ['a', 'b', 'c']
    >>> within_hops([("a", "b")], "z", 3)
    ['z']
    """
