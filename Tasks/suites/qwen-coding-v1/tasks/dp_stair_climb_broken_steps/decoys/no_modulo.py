from typing import List


def count_climbs(n: int, steps: List[int], broken: List[int]) -> int:
    bad = set(broken)
    if 0 in bad:
        return 0
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(1, n + 1):
        if i not in bad:
            ways[i] = sum(ways[i - s] for s in steps if s <= i)
    return ways[n]
