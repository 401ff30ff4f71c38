from collections import deque
from typing import List, Tuple


def critical_links(n: int, links: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    def reachable(skip, src, dst):
        adj = [[] for _ in range(n)]
        for k, (u, v) in enumerate(links):
            if k != skip:
                adj[u].append(v)
                adj[v].append(u)
        seen = [False] * n
        seen[src] = True
        q = deque([src])
        while q:
            x = q.popleft()
            if x == dst:
                return True
            for y in adj[x]:
                if not seen[y]:
                    seen[y] = True
                    q.append(y)
        return False

    out = set()
    for k, (u, v) in enumerate(links):
        if not reachable(k, u, v):
            out.add((min(u, v), max(u, v)))
    return sorted(out)
