from datetime import date
from typing import Optional


def nth_weekday(year: int, month: int, weekday: int, n: int) -> Optional[date]:
    """Return the n-th given weekday of a month, or None if it does not
    exist.

    weekday uses Python's numbering (0 = Monday ... 6 = Sunday).  n = 1..5
    counts from the start of the month (n = 1 is the first such weekday);
    n = -1..-5 counts from the end (n = -1 is the last one, -2 the one
    before it).  Return None when the month has fewer than |n| such days.
    Raise ValueError if n == 0, |n| > 5, or weekday is not in 0..6.

    >>> nth_weekday(2024, 11, 3, 4)
    datetime.date(2024, 11, 28)
    >>> nth_weekday(2024, 5, 0, -1)
    datetime.date(2024, 5, 27)
    >>> nth_weekday(2024, 2, 4, 5) is None
    True
    """
