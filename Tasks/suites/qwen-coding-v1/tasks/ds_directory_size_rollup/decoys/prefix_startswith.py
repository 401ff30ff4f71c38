from typing import Dict, List, Tuple


def large_directories(files: Dict[str, int], threshold: int) -> List[Tuple[str, int]]:
    dirs = set()
    for path in files:
        parts = path.split("/")[1:-1]
        dirs.add("/")
        for i in range(1, len(parts) + 1):
            dirs.add("/" + "/".join(parts[:i]))
    result = []
    for d in dirs:
        total = sum(s for p, s in files.items() if p.startswith(d))
        if total >= threshold:
            result.append((d, total))
    result.sort(key=lambda x: (-x[1], x[0]))
    return result
