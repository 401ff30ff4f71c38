from datetime import datetime
from typing import Optional


def cron_next(expr: str, after: datetime) -> Optional[datetime]:
    """Return the first time strictly after `after` at which a five-field
    cron expression fires, or None if it can never fire.

    expr has exactly five whitespace-separated fields:
    minute (0-59), hour (0-23), day of month (1-31), month (1-12) and day
    of week (0-7, where both 0 and 7 mean Sunday, 1 = Monday).  Each field
    is a comma-separated list of items; an item is "*", a number "N" or a
    range "A-B" (A <= B), optionally followed by "/S" with step S >= 1
    ("*/S" steps over the whole field range, "N/S" runs from N to the
    field's maximum, "A-B/S" from A to B).  Names like JAN or MON are not
    supported.  Raise ValueError for anything malformed or out of range.

    Day matching follows classic cron: if both the day-of-month and the
    day-of-week fields are restricted (not exactly "*"), a day matches when
    EITHER field matches; otherwise both must match (the "*" one matches
    every day).  The returned datetime has zero seconds and microseconds
    and the same tzinfo as `after` (times are plain wall-clock values, no
    DST handling).  Expressions such as "0 0 30 2 *" that never fire give
    None.

    >>> cron_next("*/15 * * * *", datetime(2024, 1, 1, 10, 7, 30))
    datetime.datetime(2024, 1, 1, 10, 15)
    >>> cron_next("0 9 * * 1-5", datetime(2024, 3, 1, 9, 0))
    datetime.datetime(2024, 3, 4, 9, 0)
    >>> cron_next("0 12 13 * 5", datetime(2024, 1, 1))
    datetime.datetime(2024, 1, 5, 12, 0)
    """
