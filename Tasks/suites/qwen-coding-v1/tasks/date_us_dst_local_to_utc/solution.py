from datetime import timedelta, timezone
from datetime import datetime


def us_local_to_utc(local: datetime, std_offset_hours: int, prefer_earlier: bool = True) -> datetime:
    """Convert a naive local wall-clock time in a zone that follows the
    United States daylight-saving rule to an aware UTC datetime.

    The zone's standard offset from UTC is std_offset_hours (e.g. -5 for
    US Eastern).  Daylight time (standard offset + 1 hour) begins on the
    second Sunday of March at 02:00 local standard time, when clocks jump
    to 03:00, and ends on the first Sunday of November at 02:00 local
    daylight time, when clocks fall back to 01:00.  Apply this rule to
    every year.  Local times in the skipped hour [02:00, 03:00) of the
    March change do not exist: raise ValueError.  Local times in the
    repeated hour [01:00, 02:00) of the November change are ambiguous:
    return the first occurrence (daylight time) if prefer_earlier is True,
    otherwise the second (standard time).  The result has
    tzinfo=timezone.utc and must not depend on the machine's time zone.

    >>> us_local_to_utc(datetime(2024, 7, 1, 12, 0), -5)
    datetime.datetime(2024, 7, 1, 16, 0, tzinfo=datetime.timezone.utc)
    >>> us_local_to_utc(datetime(2024, 11, 3, 1, 30), -5, prefer_earlier=False)
    datetime.datetime(2024, 11, 3, 6, 30, tzinfo=datetime.timezone.utc)
    """
    def nth_sunday(year: int, month: int, n: int) -> int:
        first = datetime(year, month, 1)
        return 1 + (6 - first.weekday()) % 7 + 7 * (n - 1)

    y = local.year
    dst_start = datetime(y, 3, nth_sunday(y, 3, 2), 2, 0)    # local standard time
    dst_end = datetime(y, 11, nth_sunday(y, 11, 1), 1, 0)    # local standard time of the switch
    gap_end = dst_start + timedelta(hours=1)
    overlap_end = dst_end + timedelta(hours=1)
    if dst_start <= local < gap_end:
        raise ValueError("nonexistent local time")
    if dst_end <= local < overlap_end:
        is_dst = prefer_earlier
    else:
        is_dst = gap_end <= local < dst_end
    offset = timedelta(hours=std_offset_hours + (1 if is_dst else 0))
    return (local - offset).replace(tzinfo=timezone.utc)
