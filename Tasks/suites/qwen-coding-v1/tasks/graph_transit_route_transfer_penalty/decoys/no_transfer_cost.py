import heapq
from collections import defaultdict
from typing import List, Tuple


def fastest_route(segments: List[Tuple[str, str, str, int]], origin: str, dest: str, transfer: int) -> int:
    if origin == dest:
        return 0
    adj = defaultdict(list)
    for a, b, _, m in segments:
        adj[a].append((b, m))
        adj[b].append((a, m))
    dist = {origin: 0}
    heap = [(0, origin)]
    while heap:
        d, s = heapq.heappop(heap)
        if d != dist[s]:
            continue
        if s == dest:
            return d
        for t, m in adj[s]:
            if d + m < dist.get(t, float("inf")):
                dist[t] = d + m
                heapq.heappush(heap, (d + m, t))
    return -1
