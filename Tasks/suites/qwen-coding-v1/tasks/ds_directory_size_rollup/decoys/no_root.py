from collections import defaultdict
from typing import Dict, List, Tuple


def large_directories(files: Dict[str, int], threshold: int) -> List[Tuple[str, int]]:
    totals = defaultdict(int)
    for path, size in files.items():
        parts = path.split("/")[1:-1]
        current = ""
        for part in parts:
            current += "/" + part
            totals[current] += size
    result = [(d, s) for d, s in totals.items() if s >= threshold]
    result.sort(key=lambda x: (-x[1], x[0]))
    return result
