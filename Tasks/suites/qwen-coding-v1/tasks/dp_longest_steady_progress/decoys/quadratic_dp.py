from typing import List


def longest_steady_progress(scores: List[int]) -> int:
    n = len(scores)
    if n == 0:
        return 0
    best = [1] * n
    for i in range(n):
        si = scores[i]
        for j in range(i):
            if scores[j] <= si and best[j] >= best[i]:
                best[i] = best[j] + 1
    return max(best)
