from typing import List


def max_shift_pay(pay: List[int], rest: int) -> int:
    """Choose work days to maximise total pay when rest days are mandatory.

    ``pay[i] >= 0`` is what a worker earns by working day ``i``. After working day
    ``i`` the worker must rest for at least ``rest`` full days (``rest >= 0``), so the
    next day they may work is day ``i + rest + 1`` or later. Return the maximum total
    pay (0 for an empty schedule).

    >>> max_shift_pay([5, 1, 1, 5], 1)
    10
    >>> max_shift_pay([5, 1, 1, 5], 3)
    5
    >>> max_shift_pay([3, 8, 4], 0)
    15
    """
