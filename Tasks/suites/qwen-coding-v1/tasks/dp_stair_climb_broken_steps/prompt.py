from typing import List


def count_climbs(n: int, steps: List[int], broken: List[int]) -> int:
    """Count the ways to climb a staircase while never landing on a broken step.

    The climber stands on step 0 and wants to land exactly on step ``n`` (``n >= 0``).
    Each move goes up by one of the distinct positive sizes in ``steps``. The climber
    must never stand on a step listed in ``broken`` -- this includes step 0 and step
    ``n`` (if either is broken the answer is 0). Two climbs are different if their
    sequences of move sizes differ. Standing still at step 0 is the single way to
    "climb" to ``n == 0``.

    Return the number of climbs modulo ``1_000_000_007``. ``n`` can be up to 100,000.

    >>> count_climbs(4, [1, 2], [])
    5
    >>> count_climbs(4, [1, 2], [2])
    1
    >>> count_climbs(3, [2], [])
    0
    """
