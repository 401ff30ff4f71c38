from typing import List


def sort_versions(versions: List[str]) -> List[str]:
    def key(v):
        parts = v.split(".")
        head = float(".".join(parts[:2]))
        rest = [int(x) for x in parts[2:]]
        while rest and rest[-1] == 0:
            rest.pop()
        return (head, rest)
    return sorted(versions, key=key)
