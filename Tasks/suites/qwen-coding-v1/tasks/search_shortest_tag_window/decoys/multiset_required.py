from collections import Counter
from typing import List, Optional, Tuple


def shortest_tag_window(events: List[Tuple[int, str]], required: List[str]) -> Optional[Tuple[int, int]]:
    need = Counter(required)
    counts = Counter()
    satisfied = 0
    best = None
    left = 0
    for t, tag in events:
        if tag in need:
            counts[tag] += 1
            if counts[tag] == need[tag]:
                satisfied += 1
        while satisfied == len(need):
            lt, ltag = events[left]
            cand = (t - lt, lt)
            if best is None or cand < best:
                best = cand
            if ltag in need:
                if counts[ltag] == need[ltag]:
                    satisfied -= 1
                counts[ltag] -= 1
            left += 1
    return None if best is None else (best[1], best[1] + best[0])
