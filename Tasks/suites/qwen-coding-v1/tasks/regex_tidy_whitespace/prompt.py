def tidy_whitespace(text: str) -> str:
    """Normalise whitespace in ``text``. Steps, in order:

    1. Convert ``"\\r\\n"`` and lone ``"\\r"`` line breaks to ``"\\n"``.
    2. On every line, remove trailing spaces and tabs.
    3. On every line, each run of spaces/tabs that lies AFTER the first
       non-space/tab character is collapsed to a single space; the leading
       indentation is kept exactly as it was.
    4. Collapse every run of three or more consecutive ``"\\n"`` into
       exactly two (at most one blank line in a row). Lines that contained
       only spaces/tabs are empty after step 2 and count as blank.
    5. Remove leading and trailing ``"\\n"`` characters of the whole text.

    Only spaces and tabs are touched; other whitespace characters (such as
    U+00A0 no-break space) are left alone.

    >>> tidy_whitespace("a  \\t b   \\n\\n\\n\\n  c\\t\\td  ")
    'a b\\n\\n  c d'
    >>> tidy_whitespace("\\r\\n\\r\\nx\\r\\n")
    'x'
    """
