from datetime import date, timedelta
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
    days = int(ts / 86400)
    secs = ts - days * 86400
    day = date(1970, 1, 1) + timedelta(days=days)
    hour, rest = divmod(abs(secs), 3600)
    minute, second = divmod(rest, 60)
    return (day.year, day.month, day.day, hour, minute, second, day.isoweekday())
