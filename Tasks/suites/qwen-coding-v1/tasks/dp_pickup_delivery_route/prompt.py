from typing import List, Tuple


def shortest_courier_tour(dist: List[List[int]], before: List[Tuple[int, int]]) -> int:
    """Length of the shortest courier tour that respects ordering constraints.

    Location 0 is the depot and locations ``1..n`` are stops, where
    ``n = len(dist) - 1`` (``0 <= n <= 11``). ``dist[a][b] >= 0`` is the travel time
    from ``a`` to ``b``; it need not be symmetric. The courier starts at the depot,
    visits every stop exactly once, and returns to the depot. Each pair ``(a, b)``
    in ``before`` (stops in ``1..n``, ``a != b``) requires stop ``a`` to be visited
    before stop ``b`` (e.g. a pickup before its drop-off).

    Return the minimum total travel time of such a tour, or ``-1`` if the
    constraints cannot all be satisfied. With no stops the answer is 0. Trying all
    visiting orders is too slow for 11 stops.

    >>> shortest_courier_tour([[0, 1, 5], [5, 0, 1], [1, 5, 0]], [])
    3
    >>> shortest_courier_tour([[0, 1, 5], [5, 0, 1], [1, 5, 0]], [(2, 1)])
    15
    >>> shortest_courier_tour([[0, 1, 5], [5, 0, 1], [1, 5, 0]], [(1, 2), (2, 1)])
    -1
    """
