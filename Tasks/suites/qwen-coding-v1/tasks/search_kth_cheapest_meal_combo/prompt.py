from typing import List


def kth_cheapest_combo(mains: List[int], desserts: List[int], k: int) -> int:
    """Return the price of the k-th cheapest meal combo.

    A combo is one main course and one dessert, chosen by position in the two lists,
    and costs ``mains[i] + desserts[j]``. Prices are non-negative ints, the lists are
    unsorted, non-empty and may contain equal prices; combos with equal prices are
    still different combos, so there are exactly ``len(mains) * len(desserts)``
    combos. Return the ``k``-th smallest combo price (1-indexed, counting
    duplicates), where ``1 <= k <= len(mains) * len(desserts)``.

    Expect up to 15,000 entries per list and prices up to 10**6; ``k`` can be in the
    hundreds of millions, so listing the combos one by one is too slow.

    >>> kth_cheapest_combo([8, 3], [2, 5, 2], 1)
    5
    >>> kth_cheapest_combo([8, 3], [2, 5, 2], 3)
    8
    >>> kth_cheapest_combo([8, 3], [2, 5, 2], 5)
    10
    """
