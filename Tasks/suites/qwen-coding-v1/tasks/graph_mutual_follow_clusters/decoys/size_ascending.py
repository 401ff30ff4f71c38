from typing import List, Tuple


def follow_clusters(n: int, follows: List[Tuple[int, int]], min_size: int) -> List[List[int]]:
    adj = [[] for _ in range(n)]
    radj = [[] for _ in range(n)]
    for a, b in follows:
        adj[a].append(b)
        radj[b].append(a)
    seen = [False] * n
    order = []
    for s in range(n):
        if seen[s]:
            continue
        seen[s] = True
        work = [(s, 0)]
        while work:
            u, i = work.pop()
            if i < len(adj[u]):
                work.append((u, i + 1))
                v = adj[u][i]
                if not seen[v]:
                    seen[v] = True
                    work.append((v, 0))
            else:
                order.append(u)
    comp_of = [-1] * n
    out = []
    for s in reversed(order):
        if comp_of[s] != -1:
            continue
        comp = [s]
        comp_of[s] = s
        k = 0
        while k < len(comp):
            u = comp[k]
            k += 1
            for v in radj[u]:
                if comp_of[v] == -1:
                    comp_of[v] = s
                    comp.append(v)
        if len(comp) >= min_size:
            out.append(sorted(comp))
    return sorted(out, key=lambda c: (len(c), c[0]))
