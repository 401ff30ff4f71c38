from typing import List, Tuple


def network_diameter(n: int, links: List[Tuple[int, int, int]]) -> int:
    adj = [[] for _ in range(n)]
    for u, v, w in links:
        adj[u].append((v, w))
        adj[v].append((u, w))
    best = 0

    def down(u, parent):
        nonlocal best
        top1 = top2 = 0
        for v, w in adj[u]:
            if v == parent:
                continue
            d = down(v, u) + w
            if d > top1:
                top1, top2 = d, top1
            elif d > top2:
                top2 = d
        best = max(best, top1 + top2)
        return top1

    down(0, -1)
    return best
