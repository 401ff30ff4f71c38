def parse_query(qs: str) -> dict[str, list[str]]:
    """Parse a URL query string into ``{key: [values...]}``.

    * If ``qs`` starts with ``"?"``, that single character is removed.
    * The rest is split on ``"&"``; empty pieces are skipped.
    * Each piece is split at its FIRST ``"="`` into key and value; a piece
      without ``"="`` has the value ``""``. Keys may be empty.
    * Keys and values are decoded by first turning ``"+"`` into a space and
      then percent-decoding ``%XX`` sequences as UTF-8, with invalid byte
      sequences replaced by U+FFFD (this is exactly
      ``urllib.parse.unquote_plus``).
    * Values are collected in order of appearance, and keys appear in the
      dictionary in order of their first appearance. Blank values are kept.

    >>> parse_query("?a=1&b=2&a=3")
    {'a': ['1', '3'], 'b': ['2']}
    >>> parse_query("q=caf%C3%A9+au+lait&flag")
    {'q': ['café au lait'], 'flag': ['']}
    """
