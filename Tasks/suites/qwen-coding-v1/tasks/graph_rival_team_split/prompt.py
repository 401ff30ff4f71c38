from typing import List, Optional, Tuple


def split_teams(n: int, rivalries: List[Tuple[int, int]]) -> Optional[List[int]]:
    """Assign people to team 0 or team 1 so that no two rivals share a team.

    People are numbered ``0 .. n-1``. Each rivalry ``(a, b)`` requires ``a`` and
    ``b`` to be on different teams; a rivalry ``(a, a)`` can never be satisfied.
    Consider the graph whose edges are the rivalries. To make the answer unique, in
    every connected component of that graph the person with the smallest number is
    on team 0 (so people without rivals are on team 0).

    Return ``team`` where ``team[i]`` is 0 or 1 for person ``i``, or ``None`` if no
    valid split exists. Expect up to 100,000 people, possibly in long chains of
    rivalries.

    >>> split_teams(4, [(0, 1), (1, 2)])
    [0, 1, 0, 0]
    >>> split_teams(5, [(4, 3)])
    [0, 0, 0, 0, 1]
    >>> split_teams(3, [(0, 1), (1, 2), (2, 0)]) is None
    True
    """
