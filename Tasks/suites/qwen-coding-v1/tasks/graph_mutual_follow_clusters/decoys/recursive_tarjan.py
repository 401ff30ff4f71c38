from typing import List, Tuple


def follow_clusters(n: int, follows: List[Tuple[int, int]], min_size: int) -> List[List[int]]:
    adj = [[] for _ in range(n)]
    for a, b in follows:
        adj[a].append(b)
    index = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    stack = []
    out = []
    counter = [0]

    def strong(u):
        index[u] = low[u] = counter[0]
        counter[0] += 1
        stack.append(u)
        on_stack[u] = True
        for v in adj[u]:
            if index[v] == -1:
                strong(v)
                low[u] = min(low[u], low[v])
            elif on_stack[v]:
                low[u] = min(low[u], index[v])
        if low[u] == index[u]:
            comp = []
            while True:
                w = stack.pop()
                on_stack[w] = False
                comp.append(w)
                if w == u:
                    break
            if len(comp) >= min_size:
                out.append(sorted(comp))

    for r in range(n):
        if index[r] == -1:
            strong(r)
    return sorted(out, key=lambda c: (-len(c), c[0]))
