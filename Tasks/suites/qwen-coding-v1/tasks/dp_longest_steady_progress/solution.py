from bisect import bisect_right
from typing import List


def longest_steady_progress(scores: List[int]) -> int:
    tails = []  # tails[k]: smallest possible last value of a valid pick of length k+1
    for s in scores:
        i = bisect_right(tails, s)
        if i == len(tails):
            tails.append(s)
        else:
            tails[i] = s
    return len(tails)
