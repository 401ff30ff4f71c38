from typing import Dict, List


def impacted_packages(deps: Dict[str, List[str]], changed: str) -> List[str]:
    users = {}
    for pkg, ds in deps.items():
        for d in ds:
            users.setdefault(d, []).append(pkg)
    found = set()

    def walk(p):
        for u in users.get(p, []):
            if u not in found:
                found.add(u)
                walk(u)

    walk(changed)
    return sorted(found)
