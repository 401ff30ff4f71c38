import heapq
from typing import List, Tuple


def assign_rooms(meetings: List[Tuple[int, int]], cleanup: int) -> List[int]:
    order = sorted(range(len(meetings)), key=lambda i: (meetings[i][0], i))
    busy = []   # (ready_time, room)
    free = []   # room numbers
    rooms_used = 0
    result = [0] * len(meetings)
    for i in order:
        s, e = meetings[i]
        while busy and busy[0][0] <= s:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            room = heapq.heappop(free)
        else:
            room = rooms_used
            rooms_used += 1
        result[i] = room
        heapq.heappush(busy, (e + cleanup, room))
    return result
