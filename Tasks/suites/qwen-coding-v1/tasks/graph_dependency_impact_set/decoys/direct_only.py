from typing import Dict, List


def impacted_packages(deps: Dict[str, List[str]], changed: str) -> List[str]:
    return sorted(p for p, ds in deps.items() if changed in ds)
