from typing import List


def min_makespan_two(durations: List[int]) -> int:
    total = sum(durations)
    reachable = 1  # bit s set <=> some subset sums to s
    for d in durations:
        reachable |= reachable << d
    half = total // 2
    mask = reachable & ((1 << (half + 1)) - 1)
    best = mask.bit_length() - 1
    return total - best
