from typing import List, Tuple


def leaderboard(updates: List[Tuple[str, int]]) -> List[Tuple[int, str, int]]:
    """Build a leaderboard from a chronological list of score reports.

    Each update is ``(player, score)``. A player's score is the one from their LATEST
    report (it may be lower than an earlier one). Return one entry
    ``(rank, player, score)`` per player, sorted by score descending, then player
    name ascending (plain string comparison).

    Ranks use standard competition ranking: a player's rank is 1 plus the number of
    players with a strictly higher score, so tied players share a rank and the
    following rank is skipped (1, 2, 2, 4, ...).

    >>> leaderboard([("ann", 50), ("bob", 70), ("cat", 50), ("dan", 10)])
    [(1, 'bob', 70), (2, 'ann', 50), (2, 'cat', 50), (4, 'dan', 10)]
    >>> leaderboard([("ann", 90), ("bob", 60), ("ann", 40)])
    [(1, 'bob', 60), (2, 'ann', 40)]
    """
