def banner_line(text: str, width: int, fill: str = "=") -> str:
    """Center ``text`` in a banner line of exactly ``width`` characters.

    The text is surrounded by one space on each side and the result is
    padded on both sides with the single character ``fill``. When the
    padding cannot be split evenly, the extra fill character goes on the
    RIGHT side.

    Special cases:
    * empty ``text``: return ``fill * width`` (no spaces at all);
    * if ``len(text) + 2 > width``: return ``text`` unchanged.

    >>> banner_line("Hi", 10)
    '=== Hi ==='
    >>> banner_line("Hi", 11, "-")
    '--- Hi ----'
    >>> banner_line("Report", 5)
    'Report'
    """
