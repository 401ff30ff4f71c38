def expand_tabs(text: str, stops: list[int]) -> str:
    """Replace tab characters by spaces using explicit tab stop columns.

    ``stops`` must be non-empty, strictly increasing and all ``>= 1``;
    otherwise ``ValueError`` is raised.

    Columns are counted from 0. The column starts at 0, is reset to 0 after
    every ``"\\n"``, and every other non-tab character advances it by 1.
    A ``"\\t"`` is replaced by spaces up to the next tab stop that is
    STRICTLY greater than the current column:

    * the smallest listed stop greater than the column, if there is one;
    * otherwise stops continue after the last listed one at a regular
      step: ``step = stops[-1] - stops[-2]`` if there are at least two
      stops, else ``step = stops[0]``. The stop used is the smallest
      ``stops[-1] + k * step`` (``k >= 1``) greater than the column.

    >>> expand_tabs("a\\tb\\tc", [4])
    'a   b   c'
    >>> expand_tabs("x\\ty\\tz\\tw", [3, 10])
    'x  y      z      w'
    >>> expand_tabs("ab\\n\\tc", [2])
    'ab\\n  c'
    """
