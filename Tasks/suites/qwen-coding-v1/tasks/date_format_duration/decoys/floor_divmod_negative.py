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
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    if days:
        return f"{days}d {clock}"
    return clock
