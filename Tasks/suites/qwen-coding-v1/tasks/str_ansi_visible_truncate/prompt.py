def ansi_truncate(text: str, limit: int) -> str:
    r"""Truncate ``text`` to at most ``limit`` visible characters.

    ``text`` may contain ANSI SGR sequences: ``ESC`` (``"\x1b"``), then
    ``"["``, then zero or more characters from ``0-9`` and ``";"``, then
    ``"m"``. SGR sequences are invisible; every other character (including
    the characters of any other escape sequence) counts as one visible
    character. ``limit >= 0``.

    * If ``text`` has at most ``limit`` visible characters, return it
      unchanged.
    * Otherwise keep the first ``limit`` visible characters together with
      every SGR sequence that appears before the ``(limit + 1)``-th visible
      character, in their original order, and drop everything from that
      character on. Then, if the kept text contains at least one SGR
      sequence and does not already end with ``"\x1b[0m"``, append
      ``"\x1b[0m"``.

    >>> ansi_truncate("\x1b[31mhello\x1b[0m world", 3)
    '\x1b[31mhel\x1b[0m'
    >>> ansi_truncate("plain text", 5)
    'plain'
    >>> ansi_truncate("ab\x1b[0mcd", 2)
    'ab\x1b[0m'
    """
