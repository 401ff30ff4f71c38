from typing import List


def rank_disagreements(ranking_a: List[str], ranking_b: List[str]) -> int:
    """Count the item pairs on which two judges disagree.

    Both judges ranked the same set of distinct items; each list is ordered from best
    to worst and the two lists are permutations of each other. A pair of items
    ``{x, y}`` is a disagreement when one judge places ``x`` above ``y`` and the other
    places ``y`` above ``x``. Return the number of disagreeing pairs (each unordered
    pair counted once). Expect rankings of up to 30,000 items, so checking every pair
    is too slow.

    >>> rank_disagreements(["a", "b", "c"], ["a", "b", "c"])
    0
    >>> rank_disagreements(["a", "b", "c", "d"], ["b", "d", "a", "c"])
    3
    >>> rank_disagreements(["x", "y", "z"], ["z", "y", "x"])
    3
    """
