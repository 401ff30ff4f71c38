from typing import Callable


def find_peak(lo: int, hi: int, f: Callable[[int], int]) -> int:
    """Return the argument in ``[lo, hi]`` where a unimodal function is largest.

    ``f`` is defined on the integers ``lo..hi`` (``lo <= hi``, the range may be huge,
    e.g. ``-10**12..10**12``). It is strictly increasing up to some peak ``x*`` and
    strictly decreasing after it; either side may be empty (the peak may be ``lo`` or
    ``hi``). Return ``x*``.

    Evaluations are expensive: call ``f`` at most
    ``2 * (hi - lo + 1).bit_length() + 2`` times, and only with integer arguments in
    ``[lo, hi]``.

    >>> find_peak(0, 10, lambda x: -(x - 3) ** 2)
    3
    >>> find_peak(-5, 5, lambda x: x)
    5
    >>> find_peak(7, 7, lambda x: 0)
    7
    """
