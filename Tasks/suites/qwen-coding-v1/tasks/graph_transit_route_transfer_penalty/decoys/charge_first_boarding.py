import heapq
from collections import defaultdict
from typing import List, Tuple


def fastest_route(segments: List[Tuple[str, str, str, int]], origin: str, dest: str, transfer: int) -> int:
    if origin == dest:
        return 0
    ride = defaultdict(list)
    lines_at = defaultdict(set)
    for a, b, line, m in segments:
        ride[(a, line)].append((b, m))
        ride[(b, line)].append((a, m))
        lines_at[a].add(line)
        lines_at[b].add(line)
    dist = {(origin, None): 0}
    heap = [(0, origin, None)]
    while heap:
        d, s, line = heapq.heappop(heap)
        if dist.get((s, line)) != d:
            continue
        if s == dest:
            return d
        if line is not None:
            for t, m in ride[(s, line)]:
                if d + m < dist.get((t, line), float("inf")):
                    dist[(t, line)] = d + m
                    heapq.heappush(heap, (d + m, t, line))
        for other in lines_at[s]:
            if other != line:
                nd = d + transfer
                if nd < dist.get((s, other), float("inf")):
                    dist[(s, other)] = nd
                    heapq.heappush(heap, (nd, s, other))
    return -1
