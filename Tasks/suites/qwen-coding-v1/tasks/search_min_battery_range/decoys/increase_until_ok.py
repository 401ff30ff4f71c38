from bisect import bisect_right
from typing import List


def min_battery_range(stations: List[int], destination: int, max_recharges: int) -> int:
    pts = sorted(stations)

    def feasible(r):
        pos = 0
        used = 0
        while pos + r < destination:
            i = bisect_right(pts, pos + r) - 1
            if i < 0 or pts[i] <= pos:
                return False
            pos = pts[i]
            used += 1
            if used > max_recharges:
                return False
        return True

    full = [0] + pts + [destination]
    r = max(b - a for a, b in zip(full, full[1:]))
    while not feasible(r):
        r += 1
    return r
