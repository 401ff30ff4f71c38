from collections import defaultdict
from typing import List, Tuple


def within_hops(links: List[Tuple[str, str]], start: str, max_hops: int) -> List[str]:
    adj = defaultdict(list)
    for u, v in links:
        adj[u].append(v)
        adj[v].append(u)
    visited = {start}
    stack = [(start, 0)]
    while stack:
        u, d = stack.pop()
        if d == max_hops:
            continue
        for v in adj[u]:
            if v not in visited:
                visited.add(v)
                stack.append((v, d + 1))
    return sorted(visited)
