from datetime import timedelta
from datetime import date


def date_from_day_of_year(year: int, day_of_year: int) -> date:
    """Return the date that is the day_of_year-th day of `year`
    (1 = 1 January).

    Valid day numbers are 1..365, or 1..366 in leap years (Gregorian rule:
    divisible by 4, except centuries not divisible by 400).  Raise
    ValueError for a day number outside that range or a year outside
    1..9999.

    >>> date_from_day_of_year(2023, 1)
    datetime.date(2023, 1, 1)
    >>> date_from_day_of_year(2024, 60)
    datetime.date(2024, 2, 29)
    >>> date_from_day_of_year(2023, 60)
    datetime.date(2023, 3, 1)
    """
    if not 1 <= year <= 9999:
        raise ValueError("year out of range")
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if not 1 <= day_of_year <= (366 if leap else 365):
        raise ValueError("day of year out of range")
    return date(year, 1, 1) + timedelta(days=day_of_year)
