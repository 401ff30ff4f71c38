from datetime import datetime
from typing import List, Tuple


def covered_seconds(intervals: List[Tuple[str, str]]) -> int:
    """Return the total number of seconds covered by the union of
    half-open time intervals [start, end).

    Every timestamp is ISO 8601 "YYYY-MM-DDTHH:MM:SS" followed by "Z" or a
    "+HH:MM"/"-HH:MM" offset, and different timestamps may use different
    offsets, so compare instants, not wall-clock text.  Overlapping or
    touching intervals must not be double counted.  Intervals whose end is
    not after their start are empty and ignored.  An empty list gives 0.

    >>> covered_seconds([("2024-01-01T10:00:00Z", "2024-01-01T11:00:00Z"),
    ...                  ("2024-01-01T10:30:00Z", "2024-01-01T12:00:00Z")])
    7200
    >>> covered_seconds([("2024-01-01T12:00:00+02:00", "2024-01-01T11:00:00Z")])
    3600
    """
    total = 0
    for s, e in intervals:
        start = datetime.fromisoformat(s.replace("Z", "+00:00"))
        end = datetime.fromisoformat(e.replace("Z", "+00:00"))
        if end > start:
            total += int((end - start).total_seconds())
    return total
