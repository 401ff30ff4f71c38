from typing import List, Optional, Tuple


def shortest_tag_window(events: List[Tuple[int, str]], required: List[str]) -> Optional[Tuple[int, int]]:
    need = set(required)
    counts = {}
    have = 0
    best = None
    left = 0
    for right, (t, tag) in enumerate(events):
        if tag in need:
            counts[tag] = counts.get(tag, 0) + 1
            if counts[tag] == 1:
                have += 1
        while have == len(need):
            lt, ltag = events[left]
            cand = (right - left, lt)
            if best is None or cand < best[0]:
                best = (cand, (lt, t))
            if ltag in need:
                counts[ltag] -= 1
                if counts[ltag] == 0:
                    have -= 1
            left += 1
    return None if best is None else best[1]
