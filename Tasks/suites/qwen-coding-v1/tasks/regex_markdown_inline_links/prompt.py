def extract_md_links(text: str) -> list[dict]:
    r"""Extract Markdown inline links ``[TEXT](DEST "TITLE")`` and images
    ``![TEXT](DEST)`` from ``text``, scanning left to right without overlap.

    Syntax of one link (no other spacing allowed than shown):
    ``[`` TEXT ``]`` ``(`` SP* DEST [SP+ TITLE] SP* ``)`` where SP is a
    space or tab. A leading ``!`` right before ``[`` makes it an image.
    The ``[`` (or the ``!`` of an image) must not be directly preceded by a
    backslash.

    * TEXT: any characters except ``[``, ``]`` and ``\``, plus backslash
      escapes ``\X`` (any character X), plus nested groups ``[...]`` that
      themselves contain no ``[``/``]`` (only one level of nesting).
      In the result, every escape ``\X`` is replaced by ``X``.
    * DEST: either ``<...>`` containing no ``<``, ``>`` or newline (the
      result is the inside, possibly empty), or a non-empty run of
      characters that are neither whitespace nor parentheses, except that
      balanced groups ``(...)`` (containing no whitespace or parentheses)
      are allowed inside. DEST is returned as written.
    * TITLE: ``"..."`` without ``"`` inside, or ``'...'`` without ``'``
      inside; the result is the inside. ``None`` when absent.

    Each match gives ``{"text": ..., "url": ..., "title": ..., "image": bool}``.

    >>> extract_md_links('See [the docs](https://x.io/a "Docs") and ![logo](<img/logo one.png>).')
    [{'text': 'the docs', 'url': 'https://x.io/a', 'title': 'Docs', 'image': False}, {'text': 'logo', 'url': 'img/logo one.png', 'title': None, 'image': True}]
    >>> extract_md_links(r"\[not](a) [a [b] \] c](https://w.org/Foo_(bar))")
    [{'text': 'a [b] ] c', 'url': 'https://w.org/Foo_(bar)', 'title': None, 'image': False}]
    """
