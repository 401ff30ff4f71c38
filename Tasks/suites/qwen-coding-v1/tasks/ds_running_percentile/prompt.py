from typing import List


def running_percentile(values: List[int], p: int) -> List[int]:
    """Report the p-th percentile of a stream after every new value.

    After the i-th value arrives (``n = i`` values seen so far), report the
    nearest-rank ``p``-th percentile (``1 <= p <= 100``) of all values seen so far:
    the value at 1-based position ``ceil(p * n / 100)`` of those values sorted in
    ascending order (duplicates count separately).

    Return one reported value per input value. Expect up to about 200,000 values,
    so re-sorting after every value is too slow.

    >>> running_percentile([5, 1, 9, 3], 50)
    [5, 1, 5, 3]
    >>> running_percentile([2, 7, 4], 100)
    [2, 7, 7]
    >>> running_percentile([4, 4, 1, 8, 6], 70)
    [4, 4, 4, 4, 6]
    """
