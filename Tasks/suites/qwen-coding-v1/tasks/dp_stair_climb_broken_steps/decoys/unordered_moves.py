from typing import List

MOD = 1_000_000_007


def count_climbs(n: int, steps: List[int], broken: List[int]) -> int:
    bad = set(broken)
    if 0 in bad:
        return 0
    ways = [0] * (n + 1)
    ways[0] = 1
    for s in steps:
        for i in range(s, n + 1):
            if i not in bad:
                ways[i] = (ways[i] + ways[i - s]) % MOD
    return ways[n]
