from datetime import time, timedelta
from datetime import date, datetime
from typing import AbstractSet


def working_seconds_between(start: datetime, end: datetime,
                            holidays: AbstractSet[date] = frozenset()) -> int:
    """Return the number of working seconds in the interval [start, end).

    Working time is Monday to Friday, excluding dates in `holidays`, from
    09:00 to 12:00 and from 13:00 to 17:30 (the lunch hour 12:00-13:00 is
    not working time).  start and end are naive datetimes with whole
    seconds.  If end < start, return the negative of
    working_seconds_between(end, start, holidays).  Spans can cover many
    years.

    >>> working_seconds_between(datetime(2024, 3, 4, 8, 0), datetime(2024, 3, 4, 18, 0))
    27000
    >>> working_seconds_between(datetime(2024, 3, 8, 16, 0), datetime(2024, 3, 11, 10, 0))
    9000
    >>> working_seconds_between(datetime(2024, 3, 4, 12, 15), datetime(2024, 3, 4, 12, 45))
    0
    """
    if end < start:
        return -working_seconds_between(end, start, holidays)
    total = 0
    day = start.date()
    while day <= end.date():
        if day.weekday() < 5 and day not in holidays:
            lo = max(start, datetime.combine(day, time(9, 0)))
            hi = min(end, datetime.combine(day, time(17, 30)))
            if hi > lo:
                total += int((hi - lo).total_seconds())
        day += timedelta(days=1)
    return total
