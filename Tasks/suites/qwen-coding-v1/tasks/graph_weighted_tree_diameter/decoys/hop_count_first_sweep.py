from collections import deque
from typing import List, Tuple


def network_diameter(n: int, links: List[Tuple[int, int, int]]) -> int:
    adj = [[] for _ in range(n)]
    for u, v, w in links:
        adj[u].append((v, w))
        adj[v].append((u, w))
    hops = [-1] * n
    hops[0] = 0
    q = deque([0])
    while q:
        u = q.popleft()
        for v, _ in adj[u]:
            if hops[v] < 0:
                hops[v] = hops[u] + 1
                q.append(v)
    a = max(range(n), key=lambda x: hops[x])
    dist = [-1] * n
    dist[a] = 0
    stack = [a]
    while stack:
        u = stack.pop()
        for v, w in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + w
                stack.append(v)
    return max(dist)
