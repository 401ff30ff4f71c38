from typing import List


def longest_steady_progress(scores: List[int]) -> int:
    best = cur = 0
    prev = None
    for s in scores:
        cur = cur + 1 if prev is not None and s >= prev else 1
        best = max(best, cur)
        prev = s
    return best
