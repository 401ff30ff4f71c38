from typing import Dict


def best_cut_revenue(length: int, prices: Dict[int, int], kerf: int) -> int:
    best = [0] * (length + 1)
    for x in range(1, length + 1):
        value = 0
        for p in range(1, x + 1):
            used = p + kerf if p < x else p
            if used <= x:
                value = max(value, prices.get(p, 0) + best[x - used])
        best[x] = value
    return best[length]
