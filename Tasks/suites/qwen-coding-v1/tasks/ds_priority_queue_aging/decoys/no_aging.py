import heapq
from typing import List, Tuple


def schedule_with_aging(tasks: List[Tuple[int, str, int]], aging: int) -> List[str]:
    ordered = sorted(tasks)
    heap = []
    order = []
    i = 0
    t = 0
    while len(order) < len(ordered):
        while i < len(ordered) and ordered[i][0] <= t:
            a, tid, p = ordered[i]
            heapq.heappush(heap, (-p, a, tid))
            i += 1
        if not heap:
            t = ordered[i][0]
            continue
        order.append(heapq.heappop(heap)[2])
        t += 1
    return order
