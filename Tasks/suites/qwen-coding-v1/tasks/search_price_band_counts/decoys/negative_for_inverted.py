from bisect import bisect_left, bisect_right
from typing import List, Tuple


def count_in_bands(prices: List[int], bands: List[Tuple[int, int]]) -> List[int]:
    srt = sorted(prices)
    return [bisect_right(srt, high) - bisect_left(srt, low) for low, high in bands]
