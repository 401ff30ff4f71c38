import unicodedata


def fit_width(text: str, width: int) -> str:
    """Return ``text`` fitted to exactly ``width`` terminal columns.

    Display width of one character:
    * 0 if ``unicodedata.combining(c)`` is non-zero (combining marks);
    * 2 if ``unicodedata.east_asian_width(c)`` is ``"W"`` or ``"F"``;
    * 1 otherwise.
    The width of a string is the sum over its characters.

    * ``width == 0``: return ``""``.
    * If the width of ``text`` is at most ``width``, return ``text`` padded
      on the right with spaces to exactly ``width`` columns.
    * Otherwise take the LONGEST prefix of ``text`` whose width is at most
      ``width - 1`` (so zero-width characters directly after the last
      kept character are kept too), append ``"…"`` (width 1), and pad with
      spaces on the right to exactly ``width`` columns (needed when a wide
      character did not fit).

    >>> fit_width("hello", 8)
    'hello   '
    >>> fit_width("hello world", 8)
    'hello w…'
    >>> fit_width("日本語テキスト", 6)
    '日本… '
    """
