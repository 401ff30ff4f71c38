from typing import List, Tuple


def critical_links(n: int, links: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    adj = [[] for _ in range(n)]
    for idx, (u, v) in enumerate(links):
        adj[u].append((v, idx))
        adj[v].append((u, idx))
    disc = [-1] * n
    low = [0] * n
    out = []
    counter = [0]

    def dfs(u, parent_edge):
        disc[u] = low[u] = counter[0]
        counter[0] += 1
        for v, eid in adj[u]:
            if eid == parent_edge:
                continue
            if disc[v] == -1:
                dfs(v, eid)
                low[u] = min(low[u], low[v])
                if low[v] > disc[u]:
                    out.append((min(u, v), max(u, v)))
            else:
                low[u] = min(low[u], disc[v])

    for r in range(n):
        if disc[r] == -1:
            dfs(r, -1)
    return sorted(out)
