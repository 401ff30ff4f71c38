def dot_leader(title: str, page: str, width: int) -> str:
    """Format a table-of-contents line of exactly ``width`` characters.

    The line is ``title + " " + "." * k + " " + page`` with ``k`` chosen so
    the total length is ``width``; ``k`` must be at least 3.

    * If ``len(title) <= width - len(page) - 5`` the title is used as is.
    * Otherwise the title is shortened to exactly ``width - len(page) - 5``
      characters: its first ``width - len(page) - 6`` characters followed by
      ``"…"`` (U+2026, one character), and ``k`` is 3.
    * If ``width - len(page) - 5 < 2`` the line cannot be built and
      ``ValueError`` is raised.

    >>> dot_leader("Intro", "1", 20)
    'Intro ............ 1'
    >>> dot_leader("A very long chapter title", "123", 20)
    'A very long… ... 123'
    """
