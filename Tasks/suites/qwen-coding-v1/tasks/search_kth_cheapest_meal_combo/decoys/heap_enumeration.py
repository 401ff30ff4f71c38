import heapq
from typing import List


def kth_cheapest_combo(mains: List[int], desserts: List[int], k: int) -> int:
    a = sorted(mains)
    b = sorted(desserts)
    heap = [(a[i] + b[0], i, 0) for i in range(len(a))]
    heapq.heapify(heap)
    for _ in range(k - 1):
        _, i, j = heapq.heappop(heap)
        if j + 1 < len(b):
            heapq.heappush(heap, (a[i] + b[j + 1], i, j + 1))
    return heap[0][0]
