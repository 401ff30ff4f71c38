from typing import List


def nearest_readings(times: List[int], queries: List[int], tolerance: int) -> List[int]:
    out = []
    for q in queries:
        best = -1
        best_d = None
        for i, t in enumerate(times):
            d = abs(t - q)
            if best_d is None or d < best_d:
                best, best_d = i, d
        out.append(best if best_d is not None and best_d <= tolerance else -1)
    return out
