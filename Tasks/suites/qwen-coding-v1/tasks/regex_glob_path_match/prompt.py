def glob_match(pattern: str, path: str) -> bool:
    r"""Return True if the whole ``path`` matches the glob ``pattern``.

    Matching is case-sensitive. Pattern syntax:

    * ``?`` matches exactly one character other than ``/``.
    * ``*`` matches any run (possibly empty) of characters other than ``/``.
      Several ``*`` in a row that do not form a ``**`` segment (see next
      point) behave like a single ``*`` (e.g. in ``a**b``).
    * A path segment that is exactly ``**`` (it is at the start of the
      pattern or right after a ``/``, and at the end or right before a
      ``/``) matches zero or more complete directories together with their
      trailing slashes: ``a/**/b`` matches ``a/b``, ``a/x/b`` and
      ``a/x/y/b``; ``**/c`` matches ``c`` and ``x/y/c``. If ``**`` is the
      LAST segment it matches any remaining text, slashes included, possibly
      empty (``a/**`` matches ``a/`` and ``a/x/y`` but not ``a``).
    * ``[...]`` matches one character listed in the brackets; ``[!...]``
      one character NOT listed. ``x-y`` inside denotes a range (a range
      whose start is greater than its end matches nothing); a ``]`` right
      after ``[`` or ``[!`` is a literal member; ``-`` at the start or end
      is literal; there are no escapes inside brackets. A bracket
      expression never matches ``/``. A ``[`` without a closing ``]`` is a
      literal ``[``.
    * ``\`` makes the next character literal; a ``\`` at the very end of
      the pattern matches a literal backslash.
    * Every other character matches itself.

    >>> glob_match("src/*.py", "src/main.py")
    True
    >>> glob_match("src/*.py", "src/pkg/main.py")
    False
    >>> glob_match("src/**/*.py", "src/main.py")
    True
    >>> glob_match("data/[!a-c]?.csv", "data/d1.csv")
    True
    """
