from typing import List


def min_battery_range(stations: List[int], destination: int, max_recharges: int) -> int:
    if max_recharges == 0 or not stations:
        return destination
    pts = [0] + sorted(stations) + [destination]
    return max(b - a for a, b in zip(pts, pts[1:]))
