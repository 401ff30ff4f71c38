from typing import Dict


def fewest_coins(amount: int, coins: Dict[int, int]) -> int:
    INF = float("inf")
    best = [0] + [INF] * amount
    for value, count in coins.items():
        if count == 0:
            continue
        for s in range(amount, value - 1, -1):
            if best[s - value] + 1 < best[s]:
                best[s] = best[s - value] + 1
    return best[amount] if best[amount] != INF else -1
