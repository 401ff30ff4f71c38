def hanging_wrap(text: str, width: int, indent: int) -> list[str]:
    """Wrap ``text`` greedily into lines using a hanging indent.

    * Words are ``text.split()``; words on a line are separated by one space.
    * The first line has no indentation; every following line starts with
      exactly ``indent`` spaces.
    * ``width`` is the maximum line length INCLUDING the indentation.
      Lines are filled greedily: a word is appended to the current line if
      the line stays within ``width``, otherwise a new line is started.
    * A word that does not fit even on a fresh line is placed alone on its
      own line (never broken), even though that line exceeds ``width``.
    * Empty or whitespace-only text gives ``[]``.
    * If ``indent >= width`` raise ``ValueError``.

    >>> hanging_wrap("the quick brown fox jumps over", 12, 2)
    ['the quick', '  brown fox', '  jumps over']
    >>> hanging_wrap("supercalifragilistic is long", 10, 4)
    ['supercalifragilistic', '    is', '    long']
    """
