def normalize_timestamp(ts: str) -> str:
    """Convert an access-log timestamp to a UTC ISO 8601 string.

    Input format (the whole string, no surrounding whitespace):
    ``DD/Mon/YYYY:HH:MM:SS[.FRACTION] ±HHMM``

    * ``DD``, ``HH``, ``MM``, ``SS`` are exactly two ASCII digits, ``YYYY``
      exactly four; ``Mon`` is an English month abbreviation
      (``Jan`` .. ``Dec``), case-insensitive.
    * ``FRACTION`` is optional: ``"."`` followed by 1 to 6 digits. It is
      copied verbatim (including the dot) into the output.
    * Exactly one space, then the UTC offset: sign, two-digit hours (00-23)
      and two-digit minutes (00-59). The offset is the local time's
      difference from UTC, so UTC = local time - offset.
    * The date/time must be a real calendar date and a valid time
      (hours 00-23, minutes and seconds 00-59).

    Output: ``YYYY-MM-DDTHH:MM:SS[.FRACTION]Z`` in UTC.
    Anything invalid raises ``ValueError``.

    >>> normalize_timestamp("12/Mar/2024:14:05:09 +0130")
    '2024-03-12T12:35:09Z'
    >>> normalize_timestamp("31/dec/2023:23:30:00 -0100")
    '2024-01-01T00:30:00Z'
    >>> normalize_timestamp("01/Jan/2024:00:15:00.250 +0100")
    '2023-12-31T23:15:00.250Z'
    """
