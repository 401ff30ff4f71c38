from typing import List, Tuple


def leaderboard(updates: List[Tuple[str, int]]) -> List[Tuple[int, str, int]]:
    latest = {}
    for player, score in updates:
        latest[player] = score
    ordered = sorted(latest.items(), key=lambda x: (-x[1], x[0]))
    out = []
    rank = 0
    prev = None
    for player, score in ordered:
        if score != prev:
            rank += 1
            prev = score
        out.append((rank, player, score))
    return out
