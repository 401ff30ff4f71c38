import heapq
from collections import defaultdict
from typing import List, Tuple


def fastest_route(segments: List[Tuple[str, str, str, int]], origin: str, dest: str, transfer: int) -> int:
    if origin == dest:
        return 0
    ride = defaultdict(list)        # (station, line) -> [(next_station, minutes)]
    lines_at = defaultdict(set)     # station -> lines serving it
    for a, b, line, minutes in segments:
        ride[(a, line)].append((b, minutes))
        ride[(b, line)].append((a, minutes))
        lines_at[a].add(line)
        lines_at[b].add(line)
    dist = {}
    heap = [(0, origin, line) for line in lines_at[origin]]
    for _, s, line in heap:
        dist[(s, line)] = 0
    heapq.heapify(heap)
    while heap:
        d, s, line = heapq.heappop(heap)
        if dist.get((s, line)) != d:
            continue
        if s == dest:
            return d
        for t, minutes in ride[(s, line)]:
            nd = d + minutes
            if nd < dist.get((t, line), float("inf")):
                dist[(t, line)] = nd
                heapq.heappush(heap, (nd, t, line))
        for other in lines_at[s]:
            if other != line:
                nd = d + transfer
                if nd < dist.get((s, other), float("inf")):
                    dist[(s, other)] = nd
                    heapq.heappush(heap, (nd, s, other))
    return -1
