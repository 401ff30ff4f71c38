from typing import List


def longest_steady_progress(scores: List[int]) -> int:
    best = 0
    for start in range(min(len(scores), 50)):
        count = 0
        last = None
        for s in scores[start:]:
            if last is None or s >= last:
                count += 1
                last = s
        best = max(best, count)
    return best
