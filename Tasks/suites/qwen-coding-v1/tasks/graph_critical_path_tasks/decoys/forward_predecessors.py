from collections import defaultdict, deque
from typing import Dict, List, Tuple


def critical_path(durations: Dict[str, int], after: List[Tuple[str, str]]) -> Tuple[int, List[str]]:
    if not durations:
        return 0, []
    succ = defaultdict(list)
    indeg = {t: 0 for t in durations}
    for a, b in after:
        succ[a].append(b)
        indeg[b] += 1
    finish = {t: durations[t] for t in durations}
    prev = {t: None for t in durations}
    queue = deque(t for t in durations if indeg[t] == 0)
    while queue:
        t = queue.popleft()
        for u in succ[t]:
            if finish[t] + durations[u] > finish[u]:
                finish[u] = finish[t] + durations[u]
                prev[u] = t
            indeg[u] -= 1
            if indeg[u] == 0:
                queue.append(u)
    end = max(durations, key=lambda t: finish[t])
    chain = []
    while end is not None:
        chain.append(end)
        end = prev[end]
    return finish[chain[0]], chain[::-1]
