from typing import Callable


def find_peak(lo: int, hi: int, f: Callable[[int], int]) -> int:
    l, h = lo, hi
    while l <= h:
        m = (l + h) // 2
        if f(m) < f(m + 1):
            l = m + 1
        else:
            h = m - 1
    return l
