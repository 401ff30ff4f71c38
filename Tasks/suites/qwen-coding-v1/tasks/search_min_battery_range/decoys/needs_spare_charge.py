from bisect import bisect_right
from typing import List


def min_battery_range(stations: List[int], destination: int, max_recharges: int) -> int:
    pts = sorted(stations)

    def feasible(r):
        pos = 0
        used = 0
        while pos + r <= destination:
            i = bisect_right(pts, pos + r - 1) - 1
            if i < 0 or pts[i] <= pos:
                return False
            pos = pts[i]
            used += 1
            if used > max_recharges:
                return False
        return True

    lo, hi = 1, destination + 1
    while lo < hi:
        mid = (lo + hi) // 2
        if feasible(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
