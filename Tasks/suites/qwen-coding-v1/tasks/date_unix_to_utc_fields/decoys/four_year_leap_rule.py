from typing import Tuple


def unix_to_utc_fields(ts: int) -> Tuple[int, int, int, int, int, int, int]:
    """Break a Unix timestamp (seconds since 1970-01-01T00:00:00 UTC,
    ignoring leap seconds) into UTC calendar fields.

    Return (year, month, day, hour, minute, second, iso_weekday) in the
    proleptic Gregorian calendar, with iso_weekday 1 = Monday ... 7 =
    Sunday.  ts may be negative (instants before 1970).  Valid instants
    run from 0001-01-01T00:00:00 to 9999-12-31T23:59:59 UTC; raise
    ValueError outside that range.  The result must not depend on the
    machine's local time zone.

    >>> unix_to_utc_fields(0)
    (1970, 1, 1, 0, 0, 0, 4)
    >>> unix_to_utc_fields(-1)
    (1969, 12, 31, 23, 59, 59, 3)
    >>> unix_to_utc_fields(951782400)
    (2000, 2, 29, 0, 0, 0, 2)
    """
    lo = -62135596800
    hi = 253402300799
    if not lo <= ts <= hi:
        raise ValueError("timestamp out of range")
    days, secs = divmod(ts, 86400)
    weekday = (days + 3) % 7 + 1
    year = 1970
    def ylen(y):
        return 366 if y % 4 == 0 else 365
    while days < 0:
        year -= 1
        days += ylen(year)
    while days >= ylen(year):
        days -= ylen(year)
        year += 1
    months = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    month = 1
    for ml in months:
        if days < ml:
            break
        days -= ml
        month += 1
    hour, rest = divmod(secs, 3600)
    minute, second = divmod(rest, 60)
    return (year, month, days + 1, hour, minute, second, weekday)
