from typing import List


def min_makespan_two(durations: List[int]) -> int:
    total = sum(durations)
    reachable = 1
    for d in durations:
        reachable |= reachable << d
    half = total // 2
    mask = reachable & ((1 << (half + 1)) - 1)
    return mask.bit_length() - 1
