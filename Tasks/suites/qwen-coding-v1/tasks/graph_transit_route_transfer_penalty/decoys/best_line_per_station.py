import heapq
from collections import defaultdict
from typing import List, Tuple


def fastest_route(segments: List[Tuple[str, str, str, int]], origin: str, dest: str, transfer: int) -> int:
    if origin == dest:
        return 0
    adj = defaultdict(list)
    for a, b, line, m in segments:
        adj[a].append((b, line, m))
        adj[b].append((a, line, m))
    dist = {origin: 0}
    arrived_on = {origin: None}
    heap = [(0, origin)]
    done = set()
    while heap:
        d, s = heapq.heappop(heap)
        if s in done:
            continue
        done.add(s)
        if s == dest:
            return d
        for t, line, m in adj[s]:
            cost = d + m
            if arrived_on[s] is not None and arrived_on[s] != line:
                cost += transfer
            if cost < dist.get(t, float("inf")):
                dist[t] = cost
                arrived_on[t] = line
                heapq.heappush(heap, (cost, t))
    return -1
