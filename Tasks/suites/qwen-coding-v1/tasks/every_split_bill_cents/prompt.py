from typing import List


def split_bill(total_cents: int, weights: List[int]) -> List[int]:
    """Split an integer amount of cents into parts proportional to integer weights.

    The parts always add up exactly to ``total_cents`` (largest-remainder method):

    - With W = sum(weights), part i first gets ``floor(total_cents * weights[i] / W)``.
    - The cents still missing are then handed out one each to the parts with the
      largest remainders ``total_cents * weights[i] mod W``; among equal remainders
      the lower index wins.
    - A negative ``total_cents`` is split as its absolute value and every part is
      then negated (so the larger shares stay in the same positions).
    - All computation is exact integer arithmetic (amounts can be huge).
    - ``weights`` must be a non-empty list of ints >= 0 with a positive sum,
      otherwise ValueError.

    >>> split_bill(100, [1, 1, 1]), split_bill(-100, [1, 1, 1])
    ([34, 33, 33], [-34, -33, -33])
    >>> split_bill(10, [3, 3, 1]), split_bill(5, [0, 1, 1])
    ([4, 4, 2], [0, 3, 2])
    """
