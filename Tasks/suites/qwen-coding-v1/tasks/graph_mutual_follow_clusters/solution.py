from typing import List, Tuple


def follow_clusters(n: int, follows: List[Tuple[int, int]], min_size: int) -> List[List[int]]:
    adj = [[] for _ in range(n)]
    for a, b in follows:
        adj[a].append(b)
    index = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    stack = []
    clusters = []
    counter = 0
    for root in range(n):
        if index[root] != -1:
            continue
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        work = [[root, 0]]
        while work:
            frame = work[-1]
            u, i = frame
            nbrs = adj[u]
            if i < len(nbrs):
                frame[1] = i + 1
                v = nbrs[i]
                if index[v] == -1:
                    index[v] = low[v] = counter
                    counter += 1
                    stack.append(v)
                    on_stack[v] = True
                    work.append([v, 0])
                elif on_stack[v] and index[v] < low[u]:
                    low[u] = index[v]
            else:
                work.pop()
                if work:
                    p = work[-1][0]
                    if low[u] < low[p]:
                        low[p] = low[u]
                if low[u] == index[u]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on_stack[w] = False
                        comp.append(w)
                        if w == u:
                            break
                    if len(comp) >= min_size:
                        comp.sort()
                        clusters.append(comp)
    clusters.sort(key=lambda c: (-len(c), c[0]))
    return clusters
