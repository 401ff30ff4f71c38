import heapq
from typing import List


def running_percentile(values: List[int], p: int) -> List[int]:
    low = []
    high = []
    out = []
    for n, v in enumerate(values, 1):
        if low and v <= -low[0]:
            heapq.heappush(low, -v)
        else:
            heapq.heappush(high, v)
        rank = max(1, p * n // 100)
        while len(low) > rank:
            heapq.heappush(high, -heapq.heappop(low))
        while len(low) < rank:
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0])
    return out
