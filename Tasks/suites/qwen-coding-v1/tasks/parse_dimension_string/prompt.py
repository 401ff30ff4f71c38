def parse_dimensions(s: str) -> tuple[int, int]:
    """Parse a size such as ``"1920x1080"`` into ``(width, height)``.

    Accepted form (whole string, surrounding whitespace ignored):
    ``W SEP H [UNIT]`` where

    * ``W`` and ``H`` are integers written with ASCII digits ``0-9`` only
      (leading zeros allowed, no sign, no separators) and both must be
      greater than zero;
    * ``SEP`` is either ``"x"``, ``"X"`` or ``"×"`` (U+00D7) with optional
      whitespace on each side, or the word ``"by"`` (any case) with at least
      one whitespace character on EACH side;
    * ``UNIT`` is an optional ``"px"`` (any case), optionally preceded by
      whitespace.

    Anything else raises ``ValueError``.

    >>> parse_dimensions("1920x1080")
    (1920, 1080)
    >>> parse_dimensions("800 × 600 px")
    (800, 600)
    >>> parse_dimensions("3 BY 4")
    (3, 4)
    """
