import datetime
from typing import Iterator, Optional


def month_starts(start: datetime.date, end: Optional[datetime.date] = None) -> Iterator[datetime.date]:
    year, month = start.year, start.month
    if start.day != 1:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    while True:
        current = datetime.date(year, month, 1)
        if end is not None and current > end:
            return
        yield current
        month = month % 12 + 1
