from typing import Dict


def best_cut_revenue(length: int, prices: Dict[int, int], kerf: int) -> int:
    if length == 0:
        return 0
    order = sorted(prices, key=lambda L: (-prices[L] / L, L))
    remaining = length
    total = 0
    first = True
    for L in order:
        while True:
            need = L if first else L + kerf
            if need > remaining:
                break
            remaining -= need
            total += prices[L]
            first = False
    if first:
        return prices.get(length, 0)
    return max(total, prices.get(length, 0))
