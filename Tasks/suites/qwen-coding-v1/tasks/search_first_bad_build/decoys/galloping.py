from typing import Callable


def first_bad_build(n: int, is_bad: Callable[[int], bool]) -> int:
    if n == 0:
        return 0
    step = 1
    prev = -1
    probe = 0
    while probe < n and not is_bad(probe):
        prev = probe
        probe = probe + step
        step *= 2
    lo, hi = prev + 1, min(probe, n)
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
