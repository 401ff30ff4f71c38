import calendar
import re
from datetime import datetime, timedelta


def apply_iso_duration(start: str, duration: str) -> str:
    """Add an ISO 8601 duration to a timestamp and return the new timestamp.

    `start` has the form "YYYY-MM-DDTHH:MM:SS" followed by "Z" or a
    "+HH:MM"/"-HH:MM" offset; the result uses the same form and the same
    offset text as `start` (the offset is fixed, there is no DST).

    `duration` matches  [-]P[nY][nM][nW][nD][T[nH][nM][nS]]  where every n
    is a non-negative integer, the designators appear in exactly this
    order, at least one component is present, and a "T" must be followed
    by at least one of H, M, S.  A leading "-" negates every component.
    Raise ValueError for anything else (e.g. "P", "PT", "P1H", "P1.5D").

    Apply the components in this order: first the years and months
    together as calendar months (keeping the day of month, clamped to the
    last day of a shorter target month), then weeks and days as calendar
    days, then hours, minutes and seconds as elapsed time.

    >>> apply_iso_duration("2024-01-31T10:00:00Z", "P1M")
    '2024-02-29T10:00:00Z'
    >>> apply_iso_duration("2024-01-30T10:00:00+01:00", "P1M2D")
    '2024-03-02T10:00:00+01:00'
    >>> apply_iso_duration("2024-03-31T23:30:00-05:00", "-P1MT45M")
    '2024-02-29T22:45:00-05:00'
    """
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})", start)
    if not m:
        raise ValueError(f"bad timestamp {start!r}")
    base = datetime(*(int(g) for g in m.groups()[:6]))
    dm = re.fullmatch(
        r"(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?"
        r"T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?", duration)
    if not dm:
        raise ValueError(f"bad duration {duration!r}")
    neg, y, mo, w, d, h, mi, s = dm.groups()
    sign = -1 if neg else 1
    val = lambda v: int(v) if v is not None else 0
    index = base.year * 12 + (base.month - 1) + sign * (12 * val(y) + val(mo))
    ny, nm0 = divmod(index, 12)
    nday = min(base.day, calendar.monthrange(ny, nm0 + 1)[1])
    result = base.replace(year=ny, month=nm0 + 1, day=nday)
    result += timedelta(days=sign * (7 * val(w) + val(d)))
    result += timedelta(seconds=sign * (3600 * val(h) + 60 * val(mi) + val(s)))
    return (f"{result.year:04d}-{result.month:02d}-{result.day:02d}T"
            f"{result.hour:02d}:{result.minute:02d}:{result.second:02d}{m.group(7)}")
