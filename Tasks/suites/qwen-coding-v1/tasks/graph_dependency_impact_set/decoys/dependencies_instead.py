from collections import deque
from typing import Dict, List


def impacted_packages(deps: Dict[str, List[str]], changed: str) -> List[str]:
    seen = set()
    queue = deque([changed])
    while queue:
        cur = queue.popleft()
        for d in deps.get(cur, []):
            if d not in seen:
                seen.add(d)
                queue.append(d)
    return sorted(seen)
