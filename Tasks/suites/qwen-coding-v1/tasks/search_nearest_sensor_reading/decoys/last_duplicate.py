from bisect import bisect_left
from typing import List


def nearest_readings(times: List[int], queries: List[int], tolerance: int) -> List[int]:
    n = len(times)
    out = []
    for q in queries:
        j = bisect_left(times, q)
        cands = []
        if j > 0:
            cands.append((q - times[j - 1], j - 1))
        if j < n:
            cands.append((times[j] - q, j))
        if not cands:
            out.append(-1)
            continue
        d, i = min(cands)
        out.append(i if d <= tolerance else -1)
    return out
