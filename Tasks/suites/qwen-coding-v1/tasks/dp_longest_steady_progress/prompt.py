from typing import List


def longest_steady_progress(scores: List[int]) -> int:
    """Length of the longest stretch of steady progress in a score history.

    Pick some of the scores, keeping their original order (they need not be
    adjacent), such that every picked score is greater than or equal to the
    previously picked one. Return the maximum number of scores that can be picked
    (0 for an empty history). Expect up to 100,000 scores, so a quadratic
    algorithm is too slow.

    >>> longest_steady_progress([3, 1, 2, 2, 5, 4])
    4
    >>> longest_steady_progress([5, 4, 3])
    1
    >>> longest_steady_progress([2, 2, 2])
    3
    """
