from collections import defaultdict, deque
from typing import Dict, List, Tuple


def critical_path(durations: Dict[str, int], after: List[Tuple[str, str]]) -> Tuple[int, List[str]]:
    if not durations:
        return 0, []
    succ = defaultdict(set)
    indeg = {t: 0 for t in durations}
    for a, b in after:
        if b not in succ[a]:
            succ[a].add(b)
            indeg[b] += 1
    sources = [t for t in durations if indeg[t] == 0]
    deg = dict(indeg)
    order = []
    queue = deque(sources)
    while queue:
        t = queue.popleft()
        order.append(t)
        for u in succ[t]:
            deg[u] -= 1
            if deg[u] == 0:
                queue.append(u)
    best = {}
    for t in reversed(order):
        best[t] = durations[t] + max((best[u] for u in succ[t]), default=0)
    length = max(best[t] for t in sources)
    current = min(t for t in sources if best[t] == length)
    chain = [current]
    remaining = length - durations[current]
    while remaining > 0:
        current = min(u for u in succ[current] if best[u] == remaining)
        chain.append(current)
        remaining -= durations[current]
    return length, chain
