def format_duration(seconds: int) -> str:
    """Format a signed number of seconds as a compact duration string.

    Durations of at least one day (in absolute value) look like
    "3d 04:05:06" (days, then zero-padded hours, minutes and seconds);
    shorter ones omit the day part: "04:05:06".  Negative durations get a
    leading "-" in front of the whole string, the parts themselves are those
    of the absolute value.  Days are not limited to any width.

    >>> format_duration(93784)
    '1d 02:03:04'
    >>> format_duration(59)
    '00:00:59'
    >>> format_duration(-3600)
    '-01:00:00'
    """
    from datetime import timedelta
    sign = "-" if seconds < 0 else ""
    td = timedelta(seconds=abs(seconds))
    text = str(td)
    if td.days:
        day_part, clock = text.split(", ")
        h, m, s = clock.split(":")
        return f"{sign}{td.days}d {int(h):02d}:{m}:{s}"
    h, m, s = text.split(":")
    return f"{sign}{int(h)}:{m}:{s}"
