from bisect import bisect_left
from typing import List


def longest_steady_progress(scores: List[int]) -> int:
    tails = []
    for s in scores:
        i = bisect_left(tails, s)
        if i == len(tails):
            tails.append(s)
        else:
            tails[i] = s
    return len(tails)
