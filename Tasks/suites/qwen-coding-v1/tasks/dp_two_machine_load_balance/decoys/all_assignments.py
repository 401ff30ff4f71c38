from typing import List


def min_makespan_two(durations: List[int]) -> int:
    total = sum(durations)
    best = total

    def go(i, load):
        nonlocal best
        if i == len(durations):
            best = min(best, max(load, total - load))
            return
        go(i + 1, load + durations[i])
        go(i + 1, load)

    go(0, 0)
    return best
