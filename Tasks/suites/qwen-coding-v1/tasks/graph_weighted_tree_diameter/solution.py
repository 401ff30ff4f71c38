from typing import List, Tuple


def network_diameter(n: int, links: List[Tuple[int, int, int]]) -> int:
    adj = [[] for _ in range(n)]
    for u, v, w in links:
        adj[u].append((v, w))
        adj[v].append((u, w))

    def farthest(src):
        dist = [-1] * n
        dist[src] = 0
        stack = [src]
        while stack:
            u = stack.pop()
            du = dist[u]
            for v, w in adj[u]:
                if dist[v] < 0:
                    dist[v] = du + w
                    stack.append(v)
        best = max(range(n), key=lambda x: dist[x])
        return best, dist[best]

    a, _ = farthest(0)
    _, d = farthest(a)
    return d
