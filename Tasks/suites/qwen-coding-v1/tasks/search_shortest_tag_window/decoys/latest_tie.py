from typing import List, Optional, Tuple


def shortest_tag_window(events: List[Tuple[int, str]], required: List[str]) -> Optional[Tuple[int, int]]:
    need = set(required)
    counts = {}
    have = 0
    best = None
    left = 0
    for t, tag in events:
        if tag in need:
            counts[tag] = counts.get(tag, 0) + 1
            if counts[tag] == 1:
                have += 1
        while have == len(need):
            lt, ltag = events[left]
            if best is None or t - lt <= best[1] - best[0]:
                best = (lt, t)
            if ltag in need:
                counts[ltag] -= 1
                if counts[ltag] == 0:
                    have -= 1
            left += 1
    return best
