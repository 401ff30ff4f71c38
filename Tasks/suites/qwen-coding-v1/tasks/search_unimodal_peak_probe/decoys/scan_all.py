from typing import Callable


def find_peak(lo: int, hi: int, f: Callable[[int], int]) -> int:
    best = lo
    best_val = f(lo)
    x = lo + 1
    while x <= hi:
        v = f(x)
        if v < best_val:
            break
        best, best_val = x, v
        x += 1
    return best
