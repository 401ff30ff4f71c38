from collections import defaultdict
from typing import Dict, List, Tuple


def large_directories(files: Dict[str, int], threshold: int) -> List[Tuple[str, int]]:
    totals = defaultdict(int)
    for path, size in files.items():
        parent = path.rsplit("/", 1)[0] or "/"
        totals[parent] += size
    if files:
        totals["/"] = sum(files.values())
    result = [(d, s) for d, s in totals.items() if s >= threshold]
    result.sort(key=lambda x: (-x[1], x[0]))
    return result
