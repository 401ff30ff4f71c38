import heapq
from typing import List


def running_percentile(values: List[int], p: int) -> List[int]:
    low = []   # max-heap (negated) holding the smallest `rank` values
    high = []  # min-heap holding the rest
    out = []
    for n, v in enumerate(values, 1):
        if low and v <= -low[0]:
            heapq.heappush(low, -v)
        else:
            heapq.heappush(high, v)
        rank = (p * n + 99) // 100
        while len(low) > rank:
            heapq.heappush(high, -heapq.heappop(low))
        while len(low) < rank:
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0])
    return out
