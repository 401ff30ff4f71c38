def parse_requirement(line: str) -> dict | None:
    """Parse one line of a requirements file.

    1. Comments: a ``"#"`` that is the first non-whitespace character or is
       preceded by whitespace starts a comment; it and the rest of the line
       are removed. (A ``"#"`` glued to other text is NOT a comment.)
       If nothing but whitespace remains, return ``None``.
    2. Marker: if a ``";"`` remains, the text after the first ``";"``,
       stripped, is the marker (it must be non-empty); otherwise the
       marker is ``None``.
    3. The part before the marker must be, with optional whitespace between
       the pieces: ``NAME``, an optional ``[EXTRAS]``, and an optional
       specifier list.
       * ``NAME`` matches ``[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?``. It is
         normalised: lower-cased, and every run of ``-``, ``_``, ``.``
         replaced by a single ``-``.
       * ``EXTRAS`` is a comma-separated list of names (same rule, whitespace
         allowed around them), normalised the same way, de-duplicated and
         sorted. ``[]`` gives ``[]``; no brackets also gives ``[]``.
       * The specifier list is comma-separated; each item is an operator
         (``===`` ``==`` ``!=`` ``<=`` ``>=`` ``~=`` ``<`` ``>``), optional
         whitespace, and a version of one or more characters from
         ``A-Z a-z 0-9 . * + ! _ -``. Whitespace around commas is allowed.
         They are returned as ``(operator, version)`` tuples in order.
    4. Anything malformed raises ``ValueError``.

    Returns ``{"name": ..., "extras": [...], "specifiers": [...], "marker": ...}``.

    >>> parse_requirement("Django>=3.2,<4.0")
    {'name': 'django', 'extras': [], 'specifiers': [('>=', '3.2'), ('<', '4.0')], 'marker': None}
    >>> parse_requirement("requests[Socks, security] ~= 2.31 ; python_version < '3.12'  # http")
    {'name': 'requests', 'extras': ['security', 'socks'], 'specifiers': [('~=', '2.31')], 'marker': "python_version < '3.12'"}
    >>> parse_requirement("   # just a comment") is None
    True
    """
