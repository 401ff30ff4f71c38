from typing import List, Optional, Tuple


def shortest_tag_window(events: List[Tuple[int, str]], required: List[str]) -> Optional[Tuple[int, int]]:
    need = set(required)
    counts = {}
    have = 0
    best = None
    left = 0
    for t, tag in events:
        if tag in need:
            c = counts.get(tag, 0) + 1
            counts[tag] = c
            if c == 1:
                have += 1
        while have == len(need):
            lt, ltag = events[left]
            cand = (t - lt, lt)
            if best is None or cand < best:
                best = cand
            if ltag in need:
                counts[ltag] -= 1
                if counts[ltag] == 0:
                    have -= 1
            left += 1
    if best is None:
        return None
    return (best[1], best[1] + best[0])
