from typing import List, Tuple


def count_in_bands(prices: List[int], bands: List[Tuple[int, int]]) -> List[int]:
    return [sum(1 for p in prices if low <= p <= high) for low, high in bands]
