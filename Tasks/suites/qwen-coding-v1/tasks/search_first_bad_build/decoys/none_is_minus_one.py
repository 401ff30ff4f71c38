from typing import Callable


def first_bad_build(n: int, is_bad: Callable[[int], bool]) -> int:
    lo, hi = 0, n - 1
    ans = -1
    while lo <= hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            ans = mid
            hi = mid - 1
        else:
            lo = mid + 1
    return ans
