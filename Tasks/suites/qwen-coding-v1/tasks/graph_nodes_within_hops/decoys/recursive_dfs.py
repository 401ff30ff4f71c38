from collections import defaultdict
from typing import List, Tuple


def within_hops(links: List[Tuple[str, str]], start: str, max_hops: int) -> List[str]:
    adj = defaultdict(set)
    for u, v in links:
        adj[u].add(v)
        adj[v].add(u)
    best = {}

    def visit(u, d):
        if d > max_hops or best.get(u, max_hops + 1) <= d:
            return
        best[u] = d
        for v in sorted(adj[u]):
            visit(v, d + 1)

    visit(start, 0)
    return sorted(best)
