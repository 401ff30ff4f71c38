from typing import List


def min_makespan_two(durations: List[int]) -> int:
    total = sum(durations)
    reach = [False] * (total + 1)
    reach[0] = True
    for d in durations:
        for s in range(total, d - 1, -1):
            if reach[s - d]:
                reach[s] = True
    best = max(s for s in range(total // 2 + 1) if reach[s])
    return total - best
