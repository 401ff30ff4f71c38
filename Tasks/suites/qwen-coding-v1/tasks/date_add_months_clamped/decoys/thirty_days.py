from datetime import timedelta
from datetime import date


def add_months(d: date, months: int) -> date:
    """Return d shifted by `months` calendar months (months may be negative).

    The day of month is kept when possible; if the target month is shorter,
    the result is clamped to its last day (31 January + 1 month is 29
    February in a leap year and 28 February otherwise).  Raise ValueError
    if the result falls outside the years 1..9999.

    >>> add_months(date(2024, 1, 31), 1)
    datetime.date(2024, 2, 29)
    >>> add_months(date(2024, 3, 31), -1)
    datetime.date(2024, 2, 29)
    >>> add_months(date(2023, 12, 15), 1)
    datetime.date(2024, 1, 15)
    """
    return d + timedelta(days=30 * months)
