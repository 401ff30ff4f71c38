from typing import List, Tuple


def critical_links(n: int, links: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    adj = [[] for _ in range(n)]
    for idx, (u, v) in enumerate(links):
        adj[u].append((v, idx))
        adj[v].append((u, idx))
    disc = [-1] * n
    low = [0] * n
    timer = 0
    bridges = []
    for root in range(n):
        if disc[root] != -1:
            continue
        disc[root] = low[root] = timer
        timer += 1
        stack = [[root, -1, 0]]
        while stack:
            frame = stack[-1]
            u, parent_edge, i = frame
            nbrs = adj[u]
            if i < len(nbrs):
                frame[2] = i + 1
                v, eid = nbrs[i]
                if eid == parent_edge:
                    continue
                if disc[v] == -1:
                    disc[v] = low[v] = timer
                    timer += 1
                    stack.append([v, eid, 0])
                elif disc[v] < low[u]:
                    low[u] = disc[v]
            else:
                stack.pop()
                if stack:
                    p = stack[-1][0]
                    if low[u] < low[p]:
                        low[p] = low[u]
                    if low[u] > disc[p]:
                        bridges.append((p, u) if p < u else (u, p))
    bridges.sort()
    return bridges
