from collections import deque, defaultdict
from typing import List, Tuple


def within_hops(links: List[Tuple[str, str]], start: str, max_hops: int) -> List[str]:
    adj = defaultdict(list)
    for u, v in links:
        adj[u].append(v)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        if dist[u] == max_hops:
            continue
        for v in adj[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return sorted(dist)
