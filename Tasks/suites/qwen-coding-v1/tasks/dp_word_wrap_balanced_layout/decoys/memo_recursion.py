from functools import lru_cache
from typing import List, Tuple


def wrap_layout(words: List[str], width: int) -> Tuple[int, List[str]]:
    n = len(words)

    @lru_cache(maxsize=None)
    def solve(i):
        if i == n:
            return (0, ())
        length = -1
        best = None
        for j in range(i, n):
            length += len(words[j]) + 1
            if length > width:
                break
            sub_cost, sub_lines = solve(j + 1)
            cost = 0 if j == n - 1 else (width - length) ** 2 + sub_cost
            cand = (cost, -(j - i), (" ".join(words[i:j + 1]),) + sub_lines)
            if best is None or cand[:2] < best[:2]:
                best = cand
        return best[0], best[2]

    cost, lines = solve(0)
    return cost, list(lines)
