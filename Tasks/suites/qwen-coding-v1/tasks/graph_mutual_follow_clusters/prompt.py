from typing import List, Tuple


def follow_clusters(n: int, follows: List[Tuple[int, int]], min_size: int) -> List[List[int]]:
    """Group users into clusters of mutual reachability in a follower graph.

    Users are numbered ``0 .. n-1``. A pair ``(a, b)`` in ``follows`` means user ``a``
    follows user ``b`` (a directed edge; self-follows and repeated pairs may occur).
    Two users are in the same cluster when each can reach the other by following a
    chain of follow edges; every user is in exactly one cluster (possibly alone).

    Return the clusters with at least ``min_size`` members (``min_size >= 1``), each
    as a list of user numbers sorted ascending; order the clusters by size
    descending, then by their smallest member ascending. Expect tens of thousands
    of users and follow chains tens of thousands of users long.

    >>> follow_clusters(5, [(0, 1), (1, 0), (1, 2), (2, 3), (3, 2), (3, 4)], 2)
    [[0, 1], [2, 3]]
    >>> follow_clusters(4, [(0, 1), (1, 2), (2, 0), (3, 3)], 1)
    [[0, 1, 2], [3]]
    """
