def parse_md_table(text: str) -> list[dict[str, str]]:
    r"""Parse a Markdown pipe table into a list of row dictionaries.

    * Blank (whitespace-only) lines are ignored everywhere. The first
      remaining line is the header row, the second the delimiter row, the
      rest are body rows. Fewer than two lines raise ``ValueError``.
    * Splitting a row: strip surrounding whitespace; remove ONE leading
      ``"|"`` if present; remove ONE trailing ``"|"`` if present and not
      preceded by a backslash. Split the rest at every ``"|"`` that is not
      preceded by a backslash. In each cell replace ``\|`` by ``|`` and
      strip surrounding whitespace.
    * Every delimiter cell must match ``:?-+:?`` (at least one dash) and
      the delimiter row must have as many cells as the header, otherwise
      ``ValueError``.
    * Body rows with fewer cells than the header are padded with ``""``;
      extra cells are dropped. Each row becomes a dict mapping header cell
      text to cell text (for duplicate header names the later column wins).

    >>> parse_md_table("| name | qty |\n|------|----:|\n| apple | 3 |\n| kiwi |")
    [{'name': 'apple', 'qty': '3'}, {'name': 'kiwi', 'qty': ''}]
    >>> parse_md_table("expr | ok\n--- | :-:\na \\| b | yes")
    [{'expr': 'a | b', 'ok': 'yes'}]
    """
