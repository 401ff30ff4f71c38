"""Decide which snapshots to keep: the newest per day, per ISO week and per month."""

from datetime import date


def _bucket_keys(day):
    iso = day.isocalendar()
    return {
        "daily": day,
        "weekly": (iso[0], iso[1]),
        "monthly": (day.year, day.month),
    }


def plan(snapshot_days, storage):
    """Return (keep, prune): two sorted lists of dates.

    `storage` is the [storage] settings table (keep_daily, keep_weekly, keep_monthly).
    """
    limits = {
        "daily": storage["keep_daily"],
        "weekly": storage["keep_weekly"],
        "monthly": storage["keep_monthly"],
    }
    seen = {kind: set() for kind in limits}
    keep = set()
    for day in sorted(set(snapshot_days), reverse=True):
        for kind, key in _bucket_keys(day).items():
            if key in seen[kind] or len(seen[kind]) >= limits[kind]:
                continue
            seen[kind].add(key)
            keep.add(day)
    prune = sorted(set(snapshot_days) - keep)
    return sorted(keep), prune


def read_snapshot_list(lines):
    days = []
    for no, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            days.append(date.fromisoformat(line[:10]))
        except ValueError:
            raise ValueError(f"line {no}: not a snapshot date: {line!r}") from None
    return days
