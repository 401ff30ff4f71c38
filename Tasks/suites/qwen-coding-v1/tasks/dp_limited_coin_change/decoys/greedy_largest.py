from typing import Dict


def fewest_coins(amount: int, coins: Dict[int, int]) -> int:
    used = 0
    for value in sorted(coins, reverse=True):
        take = min(coins[value], amount // value)
        amount -= take * value
        used += take
    return used if amount == 0 else -1
