from typing import List, Tuple


def network_diameter(n: int, links: List[Tuple[int, int, int]]) -> int:
    """Largest total latency between any two offices of a tree-shaped network.

    Offices are numbered ``0 .. n-1`` (``n >= 1``). ``links`` holds exactly ``n - 1``
    undirected links ``(u, v, latency)`` with positive integer latency, and they
    connect all offices into a tree. The latency between two offices is the sum of
    latencies along the unique path between them. Return the maximum latency over
    all pairs of offices (0 if ``n == 1``). Networks can have tens of thousands of
    offices, possibly arranged as one long chain.

    >>> network_diameter(4, [(0, 1, 3), (1, 2, 4), (1, 3, 10)])
    14
    >>> network_diameter(1, [])
    0
    """
