from collections import defaultdict, deque
from typing import Dict, List, Optional


def build_schedule(deps: Dict[str, List[str]], priority: Dict[str, int]) -> Optional[List[str]]:
    targets = set(deps)
    for ds in deps.values():
        targets.update(ds)
    pending = {t: 0 for t in targets}
    dependents = defaultdict(list)
    for t, ds in deps.items():
        for d in set(ds):
            pending[t] += 1
            dependents[d].append(t)
    start = sorted((t for t in targets if pending[t] == 0), key=lambda t: (-priority.get(t, 0), t))
    queue = deque(start)
    order = []
    while queue:
        t = queue.popleft()
        order.append(t)
        for u in sorted(dependents[t], key=lambda x: (-priority.get(x, 0), x)):
            pending[u] -= 1
            if pending[u] == 0:
                queue.append(u)
    return order if len(order) == len(targets) else None
