"""Busy/free computations on ``(start, end)`` minute intervals (end exclusive)."""

from .timeutil import MINUTES_PER_DAY


def merge_busy(intervals):
    """Union of busy intervals.

    Returns sorted, non-overlapping intervals; intervals that overlap or
    touch (one ends when the next starts) are joined.  Empty or inverted
    intervals are ignored.
    """
    result = []
    for start, end in intervals:
        if end <= start:
            continue
        # absorb every interval already in the result that overlaps or touches this one
        overlapping = [iv for iv in result if iv[0] <= end and start <= iv[1]]
        for iv in overlapping:
            result.remove(iv)
            start, end = min(start, iv[0]), max(end, iv[1])
        result.append((start, end))
    return sorted(result)


def free_slots(busy, window_start, window_end, min_length=1):
    """Free intervals inside ``[window_start, window_end)`` at least ``min_length`` long."""
    if window_end <= window_start:
        return []
    slots = []
    cursor = window_start
    for start, end in merge_busy(busy):
        if end <= window_start:
            continue
        if start >= window_end:
            break
        if start - cursor >= min_length:
            slots.append((cursor, start))
        cursor = max(cursor, end)
    if window_end - cursor >= min_length:
        slots.append((cursor, window_end))
    return slots


def common_free(calendars, window_start, window_end, min_length=1):
    """Free slots shared by every calendar (each a list of busy intervals)."""
    everything = [iv for calendar in calendars for iv in calendar]
    return free_slots(everything, window_start, window_end, min_length)


def working_windows(first_day, last_day, day_start=9 * 60, day_end=17 * 60, weekdays_only=True):
    """Working-hour windows for days ``first_day..last_day`` (day 0 is a Monday)."""
    windows = []
    for day in range(first_day, last_day + 1):
        if weekdays_only and day % 7 >= 5:
            continue
        base = day * MINUTES_PER_DAY
        windows.append((base + day_start, base + day_end))
    return windows


def first_common_slot(calendars, windows, length):
    """Earliest slot of ``length`` minutes free in every calendar, within one of ``windows``."""
    busy = merge_busy(iv for calendar in calendars for iv in calendar)
    for window_start, window_end in sorted(windows):
        for start, end in free_slots(busy, window_start, window_end, length):
            return (start, start + length)
    return None


def busy_minutes(intervals, window_start, window_end):
    """Minutes inside the window covered by at least one interval."""
    total = 0
    for start, end in merge_busy(intervals):
        start, end = max(start, window_start), min(end, window_end)
        if end > start:
            total += end - start
    return total
