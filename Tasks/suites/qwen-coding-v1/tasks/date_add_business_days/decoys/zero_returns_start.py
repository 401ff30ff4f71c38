from datetime import timedelta
from datetime import date
from typing import AbstractSet


def add_business_days(start: date, n: int, holidays: AbstractSet[date] = frozenset()) -> date:
    """Move n business days from `start` and return the resulting date.

    A business day is a Monday-Friday date that is not in `holidays`.
    For n > 0 return the n-th business day strictly after start; for n < 0
    the |n|-th business day strictly before start.  The start date itself
    is never counted, whether or not it is a business day.  For n == 0
    return start if it is a business day, otherwise the first business day
    after it.

    >>> add_business_days(date(2024, 3, 1), 1)
    datetime.date(2024, 3, 4)
    >>> add_business_days(date(2024, 3, 4), -1)
    datetime.date(2024, 3, 1)
    >>> add_business_days(date(2024, 12, 24), 1, {date(2024, 12, 25), date(2024, 12, 26)})
    datetime.date(2024, 12, 27)
    """
    step = timedelta(days=1 if n > 0 else -1)
    remaining = abs(n)
    d = start
    while remaining:
        d += step
        if d.weekday() < 5 and d not in holidays:
            remaining -= 1
    return d
