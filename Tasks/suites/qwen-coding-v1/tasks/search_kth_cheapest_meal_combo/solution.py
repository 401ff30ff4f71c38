from bisect import bisect_right
from typing import List


def kth_cheapest_combo(mains: List[int], desserts: List[int], k: int) -> int:
    a = sorted(mains)
    b = sorted(desserts)

    def count_at_most(v):
        total = 0
        for x in a:
            c = bisect_right(b, v - x)
            if c == 0:
                break
            total += c
        return total

    lo, hi = a[0] + b[0], a[-1] + b[-1]
    while lo < hi:
        mid = (lo + hi) // 2
        if count_at_most(mid) >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
