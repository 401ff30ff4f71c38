from typing import List, Tuple


def leaderboard(updates: List[Tuple[str, int]]) -> List[Tuple[int, str, int]]:
    latest = {}
    for player, score in updates:
        latest[player] = score
    ordered = sorted(latest.items(), key=lambda x: (-x[1], x[0]))
    return [(i + 1, p, s) for i, (p, s) in enumerate(ordered)]
