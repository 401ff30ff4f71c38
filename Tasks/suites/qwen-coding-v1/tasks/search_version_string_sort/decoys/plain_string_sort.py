from typing import List


def sort_versions(versions: List[str]) -> List[str]:
    return sorted(versions)
