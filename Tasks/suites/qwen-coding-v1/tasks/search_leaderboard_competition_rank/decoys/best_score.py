from typing import List, Tuple


def leaderboard(updates: List[Tuple[str, int]]) -> List[Tuple[int, str, int]]:
    best = {}
    for player, score in updates:
        best[player] = max(score, best.get(player, score))
    ordered = sorted(best.items(), key=lambda x: (-x[1], x[0]))
    out = []
    for i, (player, score) in enumerate(ordered):
        if i > 0 and ordered[i - 1][1] == score:
            rank = out[-1][0]
        else:
            rank = i + 1
        out.append((rank, player, score))
    return out
