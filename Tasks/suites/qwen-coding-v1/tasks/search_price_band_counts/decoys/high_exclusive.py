from bisect import bisect_left
from typing import List, Tuple


def count_in_bands(prices: List[int], bands: List[Tuple[int, int]]) -> List[int]:
    srt = sorted(prices)
    return [max(0, bisect_left(srt, high) - bisect_left(srt, low)) for low, high in bands]
