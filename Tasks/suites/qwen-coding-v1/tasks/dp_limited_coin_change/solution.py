from typing import Dict


def fewest_coins(amount: int, coins: Dict[int, int]) -> int:
    INF = float("inf")
    best = [0] + [INF] * amount
    for value, count in coins.items():
        k = 1
        remaining = count
        while remaining > 0:
            take = min(k, remaining)
            remaining -= take
            chunk_value = take * value
            if chunk_value <= amount:
                for s in range(amount, chunk_value - 1, -1):
                    cand = best[s - chunk_value] + take
                    if cand < best[s]:
                        best[s] = cand
            k *= 2
    return best[amount] if best[amount] != INF else -1
