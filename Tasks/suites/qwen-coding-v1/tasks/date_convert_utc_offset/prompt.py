def convert_timestamp(ts: str, target_offset: str) -> str:
    """Convert an ISO 8601 timestamp with a UTC offset to another offset.

    `ts` has the exact form "YYYY-MM-DDTHH:MM:SS" followed by either "Z"
    or an offset "+HH:MM" / "-HH:MM" (the sign applies to the whole offset,
    so "-03:30" is three and a half hours behind UTC).  `target_offset` is
    "Z" or such an offset with |offset| < 24 hours.  Return the same instant
    written as "YYYY-MM-DDTHH:MM:SS" followed by target_offset exactly as
    given.  The date changes when the conversion crosses midnight.  Raise
    ValueError for malformed input.  The result must not depend on the
    machine's local time zone.

    >>> convert_timestamp("2024-03-10T23:30:00+05:30", "Z")
    '2024-03-10T18:00:00Z'
    >>> convert_timestamp("2024-03-10T23:30:00Z", "+02:00")
    '2024-03-11T01:30:00+02:00'
    >>> convert_timestamp("2024-01-01T01:15:00+01:00", "-03:30")
    '2023-12-31T20:45:00-03:30'
    """
