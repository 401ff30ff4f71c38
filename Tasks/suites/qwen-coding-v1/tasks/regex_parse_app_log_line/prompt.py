def parse_log_line(line: str) -> dict | None:
    """Parse one application log line, or return ``None`` if it does not match.

    Format::

        [YYYY-MM-DD HH:MM:SS(.mmm)] LEVEL (source) message

    * The timestamp is inside square brackets at the very start of the
      line: ASCII digits in the shape shown, with an optional ``.`` and
      exactly three digits of milliseconds. It is returned verbatim
      (without the brackets). No range checks on the numbers.
    * Then one or more spaces and the LEVEL, one of ``DEBUG``, ``INFO``,
      ``WARN``, ``ERROR``, ``FATAL`` (upper-case only, a whole word).
    * Optionally: one or more spaces and ``(SOURCE)`` where SOURCE is one or
      more characters from ``A-Z a-z 0-9 _ . -``. When present right after
      the level like this, it is always taken as the source. Otherwise the
      source is ``None`` (and any other parenthesised text simply belongs
      to the message).
    * Then either the end of the line, or one or more spaces followed by the
      message. The message is the rest of the line with trailing whitespace
      (including any ``"\\n"``) removed; it may be empty.

    Returns ``{"timestamp": ..., "level": ..., "source": ..., "message": ...}``.

    >>> parse_log_line("[2024-03-12 14:05:09.123] WARN  (worker-3) disk at 91%")
    {'timestamp': '2024-03-12 14:05:09.123', 'level': 'WARN', 'source': 'worker-3', 'message': 'disk at 91%'}
    >>> parse_log_line("[2024-03-12 14:05:09] INFO started\\n")
    {'timestamp': '2024-03-12 14:05:09', 'level': 'INFO', 'source': None, 'message': 'started'}
    >>> parse_log_line("[2024-03-12 14:05:09] info started") is None
    True
    """
