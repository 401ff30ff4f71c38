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
