def tokenize(query: str) -> list[tuple[str, str]]:
    """Split a SQL-like filter expression into ``(type, value)`` tokens.

    Scanning left to right, whitespace between tokens is skipped and the
    following tokens are recognised:

    * ``NUMBER``: ASCII digits, optionally ``.`` and more digits, optionally
      an exponent ``e``/``E``, optional sign, digits (``"21"``, ``"1.5e-3"``).
      Value: the text as written. A number directly followed by an ASCII
      letter, ``_`` or ``.`` is an error (``"12abc"``, ``"1.e5"``).
    * ``STRING``: single-quoted; inside, ``''`` stands for one ``'``.
      Value: the content with that unescaping applied, without the quotes.
    * ``IDENT``: ``[A-Za-z_][A-Za-z0-9_]*`` that is not a keyword (value as
      written), or a double-quoted identifier where ``""`` stands for
      ``"`` (value: the unescaped content; always IDENT, even if it looks
      like a keyword).
    * ``KEYWORD``: an unquoted identifier equal, case-insensitively, to
      ``AND OR NOT IN LIKE IS NULL``. Value: upper-cased. Only whole
      identifiers count (``notable`` is an IDENT).
    * ``OP``: ``>=`` ``<=`` ``<>`` ``!=`` ``=`` ``<`` ``>`` ``(`` ``)`` ``,``
      (two-character operators take precedence).

    Anything else, including an unterminated string or quoted identifier,
    raises ``ValueError``.

    >>> tokenize("age >= 21 AND name LIKE 'O''Brien'")
    [('IDENT', 'age'), ('OP', '>='), ('NUMBER', '21'), ('KEYWORD', 'AND'), ('IDENT', 'name'), ('KEYWORD', 'LIKE'), ('STRING', "O'Brien")]
    >>> tokenize('"select"<>1')
    [('IDENT', 'select'), ('OP', '<>'), ('NUMBER', '1')]
    """
