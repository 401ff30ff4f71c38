from typing import Dict


def best_cut_revenue(length: int, prices: Dict[int, int], kerf: int) -> int:
    best = [0] * (length + 1)
    for x in range(1, length + 1):
        best[x] = max([prices.get(x, 0)] + [prices.get(p, 0) + best[x - p] for p in range(1, x)])
    return best[length]
