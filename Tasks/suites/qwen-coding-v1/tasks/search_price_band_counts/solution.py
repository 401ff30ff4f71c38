from bisect import bisect_left, bisect_right
from typing import List, Tuple


def count_in_bands(prices: List[int], bands: List[Tuple[int, int]]) -> List[int]:
    srt = sorted(prices)
    out = []
    for low, high in bands:
        if low > high:
            out.append(0)
        else:
            out.append(bisect_right(srt, high) - bisect_left(srt, low))
    return out
