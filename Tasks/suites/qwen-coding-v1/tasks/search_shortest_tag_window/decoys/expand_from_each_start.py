from typing import List, Optional, Tuple


def shortest_tag_window(events: List[Tuple[int, str]], required: List[str]) -> Optional[Tuple[int, int]]:
    need = set(required)
    best = None
    for i in range(len(events)):
        seen = set()
        for j in range(i, len(events)):
            if events[j][1] in need:
                seen.add(events[j][1])
                if len(seen) == len(need):
                    cand = (events[j][0] - events[i][0], events[i][0])
                    if best is None or cand < best:
                        best = cand
                    break
    return None if best is None else (best[1], best[1] + best[0])
