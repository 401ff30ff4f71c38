from typing import Iterable, Iterator, Optional, Tuple


class IntervalSet:
    """A set of real numbers stored as disjoint, sorted half-open intervals [start, end).

    - ``IntervalSet(intervals=())`` adds every ``(start, end)`` pair in turn.
    - ``add(start, end)``: union with [start, end). Requires start < end, else
      ValueError. Overlapping intervals, and intervals that merely touch
      (``[1, 3)`` and ``[3, 5)``), are merged into one.
    - ``remove(start, end)``: subtract [start, end) (requires start < end, else
      ValueError). This may shorten intervals, delete them, or split one interval
      in two. Removing a range that covers nothing changes nothing.
    - ``x in s``: True when some interval has start <= x < end.
    - ``len(s)``: number of disjoint intervals. Iterating yields ``(start, end)``
      tuples in ascending order. ``bool(s)`` is False when empty.
    - ``total_length()``: sum of ``end - start`` over the intervals.
    - ``span()``: ``(smallest start, largest end)``, or None when empty.
    - ``a == b``: True when both hold exactly the same intervals.

    >>> s = IntervalSet([(1, 3), (3, 5), (8, 10)])
    >>> list(s)
    [(1, 5), (8, 10)]
    >>> s.remove(2, 9); list(s), 9 in s, 10 in s
    ([(1, 2), (9, 10)], True, False)
    """

    def __init__(self, intervals: Iterable[Tuple[float, float]] = ()) -> None:
        """Create a set from (start, end) pairs."""

    def add(self, start: float, end: float) -> None:
        """Union with [start, end)."""

    def remove(self, start: float, end: float) -> None:
        """Subtract [start, end)."""

    def __contains__(self, x: float) -> bool:
        """Point membership."""

    def __len__(self) -> int:
        """Number of disjoint intervals."""

    def __iter__(self) -> Iterator[Tuple[float, float]]:
        """Intervals in ascending order."""

    def __bool__(self) -> bool:
        """True when non-empty."""

    def __eq__(self, other: object) -> bool:
        """Same intervals."""

    def total_length(self) -> float:
        """Total covered length."""

    def span(self) -> Optional[Tuple[float, float]]:
        """(min start, max end) or None."""
