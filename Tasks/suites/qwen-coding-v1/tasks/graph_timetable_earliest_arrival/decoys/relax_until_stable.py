from typing import List, Tuple


def earliest_arrival(connections: List[Tuple[str, str, int, int]], origin: str, dest: str,
                     start_time: int, min_transfer: int) -> int:
    if origin == dest:
        return start_time
    INF = float("inf")
    arrive = {}
    changed = True
    while changed:
        changed = False
        for a, b, dep, arr in connections:
            if a == origin:
                ready = start_time
            elif a in arrive:
                ready = arrive[a] + min_transfer
            else:
                continue
            if ready <= dep and arr < arrive.get(b, INF):
                arrive[b] = arr
                changed = True
    return arrive.get(dest, -1)
