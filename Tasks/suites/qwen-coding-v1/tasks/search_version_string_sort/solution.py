from typing import List


def sort_versions(versions: List[str]) -> List[str]:
    def key(v):
        parts = [int(x) for x in v.split(".")]
        while parts and parts[-1] == 0:
            parts.pop()
        return parts
    return sorted(versions, key=key)
