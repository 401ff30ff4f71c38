import datetime
from typing import Iterable


def business_days_between(start: datetime.date, end: datetime.date, holidays: Iterable[datetime.date] = ()) -> int:
    """Count the business days ``d`` with ``start < d <= end``.

    A business day is a Monday to Friday that is not in ``holidays``. Holidays may
    contain duplicates, weekend days, or dates outside the range; none of them
    affects the count beyond removing the listed weekdays inside the range.
    ``start`` itself is never counted. If ``end < start`` the result is
    ``-business_days_between(end, start, holidays)``; equal dates give 0.

    >>> D = datetime.date
    >>> business_days_between(D(2024, 3, 1), D(2024, 3, 4))
    1
    >>> business_days_between(D(2024, 3, 4), D(2024, 3, 10), [D(2024, 3, 6), D(2024, 3, 9)])
    3
    """
