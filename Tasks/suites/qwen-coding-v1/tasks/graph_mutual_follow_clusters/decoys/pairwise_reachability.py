from collections import deque
from typing import List, Tuple


def follow_clusters(n: int, follows: List[Tuple[int, int]], min_size: int) -> List[List[int]]:
    adj = [[] for _ in range(n)]
    radj = [[] for _ in range(n)]
    for a, b in follows:
        adj[a].append(b)
        radj[b].append(a)

    def reach(src, graph):
        seen = {src}
        q = deque([src])
        while q:
            x = q.popleft()
            for y in graph[x]:
                if y not in seen:
                    seen.add(y)
                    q.append(y)
        return seen

    assigned = [False] * n
    out = []
    for i in range(n):
        if assigned[i]:
            continue
        comp = sorted(reach(i, adj) & reach(i, radj))
        for c in comp:
            assigned[c] = True
        if len(comp) >= min_size:
            out.append(comp)
    return sorted(out, key=lambda c: (-len(c), c[0]))
