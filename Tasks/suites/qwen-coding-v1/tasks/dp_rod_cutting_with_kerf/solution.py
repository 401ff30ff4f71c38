from typing import Dict


def best_cut_revenue(length: int, prices: Dict[int, int], kerf: int) -> int:
    if length <= 0:
        return 0
    best = [0] * (length + 1)  # best[x]: max revenue for a piece of length x >= 1
    for x in range(1, length + 1):
        value = prices.get(x, 0)
        for first in range(1, x - kerf):
            rest = x - first - kerf
            cand = prices.get(first, 0) + best[rest]
            if cand > value:
                value = cand
        best[x] = value
    return best[length]
