import heapq
from typing import List


def min_makespan_two(durations: List[int]) -> int:
    total = sum(durations)
    heap = [-d for d in durations]
    heapq.heapify(heap)
    while len(heap) > 1:
        a = -heapq.heappop(heap)
        b = -heapq.heappop(heap)
        heapq.heappush(heap, -(a - b))
    diff = -heap[0] if heap else 0
    return (total + diff) // 2
