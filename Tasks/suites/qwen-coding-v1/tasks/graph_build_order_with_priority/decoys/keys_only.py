import heapq
from collections import defaultdict
from typing import Dict, List, Optional


def build_schedule(deps: Dict[str, List[str]], priority: Dict[str, int]) -> Optional[List[str]]:
    pending = {t: 0 for t in deps}
    dependents = defaultdict(list)
    for t, ds in deps.items():
        for d in set(ds):
            if d in deps:
                pending[t] += 1
                dependents[d].append(t)
    heap = [(-priority.get(t, 0), t) for t in deps if pending[t] == 0]
    heapq.heapify(heap)
    order = []
    while heap:
        _, t = heapq.heappop(heap)
        order.append(t)
        for u in dependents[t]:
            pending[u] -= 1
            if pending[u] == 0:
                heapq.heappush(heap, (-priority.get(u, 0), u))
    return order if len(order) == len(deps) else None
