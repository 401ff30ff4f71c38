import datetime
from typing import Iterable


def business_days_between(start: datetime.date, end: datetime.date, holidays: Iterable[datetime.date] = ()) -> int:
    if end < start:
        return -business_days_between(end, start, holidays)
    off = set(holidays)
    count = 0
    day = start
    one = datetime.timedelta(days=1)
    while day < end:
        day += one
        if day.weekday() < 5 and day not in off:
            count += 1
    return count
