from typing import List, Tuple


def assign_rooms(meetings: List[Tuple[int, int]], cleanup: int) -> List[int]:
    order = sorted(range(len(meetings)), key=lambda i: (meetings[i][0], i))
    ready = []
    result = [0] * len(meetings)
    for i in order:
        s, e = meetings[i]
        for room, t in enumerate(ready):
            if t <= s:
                break
        else:
            room = len(ready)
            ready.append(0)
        ready[room] = e + cleanup
        result[i] = room
    return result
