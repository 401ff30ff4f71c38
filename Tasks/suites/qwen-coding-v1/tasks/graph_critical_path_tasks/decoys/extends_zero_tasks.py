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
    order = []
    queue = deque(t for t in durations if indeg[t] == 0)
    while queue:
        t = queue.popleft()
        order.append(t)
        for u in succ[t]:
            indeg[u] -= 1
            if indeg[u] == 0:
                queue.append(u)
    best = {}
    for t in reversed(order):
        best[t] = durations[t] + max((best[u] for u in succ[t]), default=0)
    length = max(best.values())
    current = min(t for t in durations if best[t] == length)
    chain = [current]
    remaining = length - durations[current]
    while True:
        options = [u for u in succ[current] if best[u] == remaining]
        if not options:
            break
        current = min(options)
        chain.append(current)
        remaining -= durations[current]
    return length, chain
