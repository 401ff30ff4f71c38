from typing import List

MOD = 1_000_000_007


def count_climbs(n: int, steps: List[int], broken: List[int]) -> int:
    bad = set(broken)
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(1, n + 1):
        if i in bad:
            continue
        ways[i] = sum(ways[i - s] for s in steps if s <= i) % MOD
    return ways[n]
