from typing import List, Tuple


def schedule_with_aging(tasks: List[Tuple[int, str, int]], aging: int) -> List[str]:
    ordered = sorted(tasks)
    pending = []
    order = []
    i = 0
    t = 0
    while len(order) < len(ordered):
        while i < len(ordered) and ordered[i][0] <= t:
            pending.append(ordered[i])
            i += 1
        if not pending:
            t = ordered[i][0]
            continue
        best = min(pending, key=lambda x: (-(x[2] + (t - x[0] + 1) // aging), x[0], x[1]))
        pending.remove(best)
        order.append(best[1])
        t += 1
    return order
