def parse_duration(text: str) -> int:
    """Parse a human-written duration and return it in whole seconds.

    Matching is case-insensitive and surrounding whitespace is ignored.

    Clock form: the whole input may be ``H:MM:SS`` or ``M:SS``, where ``H`` and ``M``
    are one or more ASCII digits and ``MM`` and ``SS`` exactly two digits below 60
    (``'1:02:03'`` = 3723, ``'90:00'`` = 5400).

    Otherwise the input is one or more components ``<number><unit>``:

    - number: ASCII digits with an optional fractional part (``'2'``, ``'1.5'``,
      ``'.5'``), optionally followed by spaces before the unit;
    - unit (the full run of letters that follows must be one of these):
      ``s sec secs second seconds`` (1 s), ``m min mins minute minutes`` (60 s),
      ``h hr hrs hour hours`` (3600 s), ``d day days`` (86400 s),
      ``w wk wks week weeks`` (604800 s);
    - between components there may be nothing or any mix of whitespace, commas and
      the word ``and`` (not followed by a letter); nothing of that kind may appear
      before the first or after the last component;
    - each unit (seconds, minutes, hours, days, weeks) may occur at most once.

    The total is computed exactly and rounded to the nearest integer, halves
    rounded up. Anything else (including an empty string, a number without a unit,
    or a negative number) raises ValueError.

    >>> parse_duration("1h30m"), parse_duration("2 hours, 5 minutes and 10 seconds")
    (5400, 7510)
    >>> parse_duration("1.5h"), parse_duration("1:02:03"), parse_duration("2.5s")
    (5400, 3723, 3)
    """
