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
            for s in range(chunk_value, amount + 1):
                if best[s - chunk_value] + take < best[s]:
                    best[s] = best[s - chunk_value] + take
            k *= 2
    return best[amount] if best[amount] != INF else -1
