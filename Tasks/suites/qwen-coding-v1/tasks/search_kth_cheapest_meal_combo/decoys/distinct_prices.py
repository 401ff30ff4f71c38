from bisect import bisect_right
from typing import List


def kth_cheapest_combo(mains: List[int], desserts: List[int], k: int) -> int:
    a = sorted(set(mains))
    b = sorted(set(desserts))

    def count_at_most(v):
        return sum(bisect_right(b, v - x) for x in a)

    lo, hi = a[0] + b[0], a[-1] + b[-1]
    while lo < hi:
        mid = (lo + hi) // 2
        if count_at_most(mid) >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
