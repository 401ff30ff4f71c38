from typing import List, Tuple


def merge_bookings(bookings: List[Tuple[int, int]], min_gap: int) -> List[Tuple[int, int]]:
    """Group room bookings into busy blocks, absorbing idle gaps that are too short.

    Each booking ``(start, end)`` with ``start < end`` keeps the room busy during the
    half-open time range ``[start, end)``. Bookings are given in arbitrary order and
    may overlap, nest or repeat. ``min_gap >= 0``.

    Sort the bookings by start and sweep: a booking joins the current block when it
    overlaps the block or when the idle time between the block's end and the
    booking's start is strictly less than ``min_gap``; otherwise it starts a new block.
    (With ``min_gap == 0`` only overlapping bookings are merged; bookings that merely
    touch, like ``(1, 3)`` and ``(3, 4)``, stay separate.) A block spans from its
    earliest start to its latest end.

    Return the blocks as ``(start, end)`` tuples sorted by start.

    >>> merge_bookings([(8, 10), (1, 3), (2, 5)], 0)
    [(1, 5), (8, 10)]
    >>> merge_bookings([(1, 3), (5, 6), (6, 8)], 2)
    [(1, 3), (5, 8)]
    >>> merge_bookings([(4, 6), (5, 6), (6, 7)], 0)
    [(4, 6), (6, 7)]
    """
