from bisect import bisect_left
from typing import List


def nearest_readings(times: List[int], queries: List[int], tolerance: int) -> List[int]:
    n = len(times)
    out = []
    for q in queries:
        j = bisect_left(times, q)
        best = -1
        best_d = None
        if j > 0:
            left_val = times[j - 1]
            best = bisect_left(times, left_val, 0, j)
            best_d = q - left_val
        if j < n:
            d = times[j] - q
            if best_d is None or d < best_d:
                best, best_d = j, d
        out.append(-1 if best_d is None or best_d >= tolerance else best)
    return out
