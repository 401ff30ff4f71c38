def parse_status_line(line: str) -> tuple[str, int, str]:
    """Parse an HTTP response status line into ``(version, code, reason)``.

    First, ONE trailing ``"\\r\\n"`` or ``"\\n"`` is removed if present. Then
    the line must be, exactly:

    * ``"HTTP/"`` (upper-case) followed by the version: one ASCII digit,
      optionally followed by ``"."`` and one more ASCII digit
      (``"1.1"``, ``"2"``);
    * a single space and a status code of exactly three ASCII digits whose
      value is between 100 and 599 inclusive;
    * then either the end of the line, or a single space followed by the
      reason phrase: any text (possibly empty), kept verbatim, including
      inner and trailing spaces.

    The reason is ``""`` when absent. Anything else raises ``ValueError``.

    >>> parse_status_line("HTTP/1.1 404 Not Found")
    ('1.1', 404, 'Not Found')
    >>> parse_status_line("HTTP/2 204")
    ('2', 204, '')
    >>> parse_status_line("HTTP/1.0 200 OK\\r\\n")
    ('1.0', 200, 'OK')
    """
