from typing import List


def sort_versions(versions: List[str]) -> List[str]:
    return sorted(versions, key=lambda v: tuple(int(x) for x in v.split(".")))
