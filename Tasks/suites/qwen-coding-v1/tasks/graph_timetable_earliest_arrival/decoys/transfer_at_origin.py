from typing import List, Tuple


def earliest_arrival(connections: List[Tuple[str, str, int, int]], origin: str, dest: str,
                     start_time: int, min_transfer: int) -> int:
    if origin == dest:
        return start_time
    INF = float("inf")
    ready = {origin: start_time + min_transfer}
    best = INF
    for a, b, dep, arr in sorted(connections, key=lambda c: c[2]):
        if ready.get(a, INF) <= dep:
            if b == dest:
                best = min(best, arr)
            r = arr + min_transfer
            if r < ready.get(b, INF):
                ready[b] = r
    return -1 if best == INF else best
