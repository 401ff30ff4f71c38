from typing import List


def min_makespan_two(durations: List[int]) -> int:
    a = b = 0
    for d in sorted(durations, reverse=True):
        if a <= b:
            a += d
        else:
            b += d
    return max(a, b)
