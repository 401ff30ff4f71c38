def to_24h(text: str) -> str:
    """Convert a 12-hour clock time to ``'HH:MM'`` (24-hour, zero-padded).

    Input is matched case-insensitively after stripping surrounding whitespace:

    - ``'noon'`` -> ``'12:00'`` and ``'midnight'`` -> ``'00:00'``.
    - Otherwise an hour ``H`` (1 to 12, one or two digits, so ``'07'`` is allowed),
      optionally followed by ``':MM'`` (exactly two digits, 00 to 59), then optional
      spaces, then a meridiem: ``am``, ``pm``, ``a.m.`` or ``p.m.``.
    - 12 am is hour 00 and 12 pm is hour 12; other pm hours add 12.
    - Anything else raises ValueError.

    >>> to_24h("7pm"), to_24h("12:30 am"), to_24h(" 9:05 A.M. "), to_24h("Noon")
    ('19:00', '00:30', '09:05', '12:00')
    """
