import calendar
from datetime import date
from typing import Tuple


def fiscal_quarter_bounds(d: date, fiscal_start_month: int = 1) -> Tuple[date, date]:
    """Return (first_day, last_day) of the fiscal quarter containing d.

    The fiscal year starts on the first day of `fiscal_start_month`
    (1..12); quarters are consecutive three-month blocks from that month,
    so with fiscal_start_month=4 the quarters are Apr-Jun, Jul-Sep, Oct-Dec
    and Jan-Mar.  Both bounds are inclusive; a quarter can span a calendar
    year boundary (e.g. Nov-Jan).  Raise ValueError if fiscal_start_month
    is not in 1..12.

    >>> fiscal_quarter_bounds(date(2024, 5, 17))
    (datetime.date(2024, 4, 1), datetime.date(2024, 6, 30))
    >>> fiscal_quarter_bounds(date(2024, 2, 10), 4)
    (datetime.date(2024, 1, 1), datetime.date(2024, 3, 31))
    >>> fiscal_quarter_bounds(date(2024, 1, 15), 11)
    (datetime.date(2023, 11, 1), datetime.date(2024, 1, 31))
    """
    if not 1 <= fiscal_start_month <= 12:
        raise ValueError("fiscal_start_month must be 1..12")
    offset = (d.month - fiscal_start_month) % 12
    start_index = d.year * 12 + (d.month - 1) - offset % 3
    sy, sm = divmod(start_index, 12)
    first = date(sy, sm + 1, 1)
    ey, em = divmod(start_index + 2, 12)
    last = date(ey, em + 1, calendar.monthrange(ey, em + 1)[1])
    return (first, last)
