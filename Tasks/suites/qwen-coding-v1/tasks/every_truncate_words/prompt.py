def truncate(text: str, limit: int, ellipsis: str = "…") -> str:
    """Shorten text to at most ``limit`` characters, cutting at a word boundary.

    1. If ``limit < len(ellipsis)`` raise ValueError.
    2. Normalise: split on whitespace and re-join the words with single spaces
       (this also strips the ends). If the normalised text has at most ``limit``
       characters, return it unchanged.
    3. Otherwise let ``room = limit - len(ellipsis)``. Take the longest prefix made of
       one or more whole words (joined by single spaces) whose length is <= room,
       strip any trailing characters from the set ``,;:.-`` from it, and if
       something remains return it followed by ``ellipsis``.
    4. If no whole word fits, or step 3 left nothing, return the first ``room``
       characters of the normalised text followed by ``ellipsis``.

    >>> truncate("The quick  brown fox", 15)
    'The quick…'
    >>> truncate("Hello, world and more", 12), truncate("Supercalifragilistic word", 10)
    ('Hello…', 'Supercali…')
    >>> truncate("one two three", 10, "...")
    'one two...'
    """
