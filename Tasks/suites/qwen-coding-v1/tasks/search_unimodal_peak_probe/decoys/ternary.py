from typing import Callable


def find_peak(lo: int, hi: int, f: Callable[[int], int]) -> int:
    l, h = lo, hi
    while h - l > 2:
        m1 = l + (h - l) // 3
        m2 = h - (h - l) // 3
        if f(m1) < f(m2):
            l = m1 + 1
        else:
            h = m2 - 1 if f(m1) > f(m2) else m2
    best = l
    for x in range(l + 1, h + 1):
        if f(x) > f(best):
            best = x
    return best
