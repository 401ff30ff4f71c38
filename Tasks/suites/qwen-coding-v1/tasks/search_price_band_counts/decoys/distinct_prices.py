from bisect import bisect_left, bisect_right
from typing import List, Tuple


def count_in_bands(prices: List[int], bands: List[Tuple[int, int]]) -> List[int]:
    srt = sorted(set(prices))
    out = []
    for low, high in bands:
        out.append(0 if low > high else bisect_right(srt, high) - bisect_left(srt, low))
    return out
