import heapq
from typing import Dict, List


def autocomplete(words: Dict[str, int], prefixes: List[str], k: int) -> List[List[str]]:
    out = []
    items = list(words.items())
    for p in prefixes:
        matches = [(-f, w) for w, f in items if w.startswith(p)]
        out.append([w for _, w in heapq.nsmallest(k, matches)])
    return out
