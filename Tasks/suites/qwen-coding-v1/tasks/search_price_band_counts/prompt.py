from typing import List, Tuple


def count_in_bands(prices: List[int], bands: List[Tuple[int, int]]) -> List[int]:
    """Count how many listing prices fall inside each price band.

    ``prices`` is an unsorted list of integer prices (duplicates allowed). Each band
    ``(low, high)`` asks how many prices ``p`` satisfy ``low <= p <= high``; a band
    with ``low > high`` contains nothing. Return one count per band, in band order.
    Expect up to 100,000 prices and 100,000 bands.

    >>> count_in_bands([5, 1, 9, 5, 3], [(3, 5), (6, 8), (0, 100), (9, 9), (7, 2)])
    [3, 0, 5, 1, 0]
    >>> count_in_bands([], [(1, 2)])
    [0]
    """
