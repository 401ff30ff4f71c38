from typing import List, Tuple


def network_diameter(n: int, links: List[Tuple[int, int, int]]) -> int:
    adj = [[] for _ in range(n)]
    for u, v, w in links:
        adj[u].append((v, w))
        adj[v].append((u, w))
    dist = [-1] * n
    dist[0] = 0
    stack = [0]
    while stack:
        u = stack.pop()
        for v, w in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + w
                stack.append(v)
    return max(dist)
