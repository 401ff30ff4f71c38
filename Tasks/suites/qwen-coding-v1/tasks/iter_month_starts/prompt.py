import datetime
from typing import Iterator, Optional


def month_starts(start: datetime.date, end: Optional[datetime.date] = None) -> Iterator[datetime.date]:
    """Lazily yield every first day of a month ``d`` with ``start <= d <= end``.

    Dates are yielded in ascending order. If ``start`` is not the 1st of its month,
    the first value is the 1st of the following month. ``end`` is inclusive; when
    it is None the sequence is endless. An end before start gives nothing.

    >>> [str(d) for d in month_starts(datetime.date(2023, 11, 15), datetime.date(2024, 2, 1))]
    ['2023-12-01', '2024-01-01', '2024-02-01']
    >>> list(month_starts(datetime.date(2024, 5, 1), datetime.date(2024, 5, 31)))
    [datetime.date(2024, 5, 1)]
    """
