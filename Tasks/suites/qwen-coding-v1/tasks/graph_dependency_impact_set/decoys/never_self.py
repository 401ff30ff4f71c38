from collections import defaultdict, deque
from typing import Dict, List


def impacted_packages(deps: Dict[str, List[str]], changed: str) -> List[str]:
    users = defaultdict(set)
    for pkg, ds in deps.items():
        for d in ds:
            users[d].add(pkg)
    seen = {changed}
    queue = deque([changed])
    while queue:
        cur = queue.popleft()
        for u in users[cur]:
            if u not in seen:
                seen.add(u)
                queue.append(u)
    seen.discard(changed)
    return sorted(seen)
