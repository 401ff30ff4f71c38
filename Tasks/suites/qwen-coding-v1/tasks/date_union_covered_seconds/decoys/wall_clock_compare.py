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
    spans = []
    for s, e in intervals:
        start = datetime.fromisoformat(s[:19])
        end = datetime.fromisoformat(e[:19])
        if end > start:
            spans.append((start, end))
    spans.sort()
    total = 0
    cur_start = cur_end = None
    for start, end in spans:
        if cur_end is None or start > cur_end:
            if cur_end is not None:
                total += int((cur_end - cur_start).total_seconds())
            cur_start, cur_end = start, end
        elif end > cur_end:
            cur_end = end
    if cur_end is not None:
        total += int((cur_end - cur_start).total_seconds())
    return total
