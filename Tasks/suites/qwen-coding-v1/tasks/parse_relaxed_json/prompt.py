def parse_relaxed_json(text: str) -> object:
    r"""Parse a relaxed JSON dialect into Python objects (no ``json`` module
    tricks needed; the dialect is a superset of JSON).

    Values: objects -> ``dict``, arrays -> ``list``, strings -> ``str``,
    numbers, ``true``/``false``/``null`` -> ``True``/``False``/``None``
    (lower-case only).

    Differences from strict JSON:
    * Strings may use double OR single quotes. Escapes: ``\"`` ``\'`` ``\\``
      ``\/`` ``\b`` ``\f`` ``\n`` ``\r`` ``\t`` and ``\uXXXX`` (exactly four
      hex digits, giving ``chr(0xXXXX)``). Any other escape, a raw line
      break (``\n`` or ``\r``) inside a string, or a missing closing quote
      is an error.
    * Object keys may be strings or bare identifiers matching
      ``[A-Za-z_$][A-Za-z0-9_$]*``. Duplicate keys: the last one wins.
    * A single trailing comma is allowed after the last element of a
      non-empty array or object (``[1,]``) but ``[,]`` and ``[1,,2]`` are
      errors.
    * Comments ``// ...`` (to end of line) and ``/* ... */`` (not nested)
      may appear wherever whitespace may; an unterminated ``/*`` is an
      error. Whitespace is space, tab, ``\n`` and ``\r``.

    Numbers follow strict JSON: ``-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?``
    (so ``01``, ``1.``, ``.5`` and ``+1`` are errors). A number with a
    fraction or exponent becomes a ``float``, otherwise an ``int``.

    The whole text must be exactly one value, optionally surrounded by
    whitespace/comments. Every error raises ``ValueError``.

    >>> parse_relaxed_json("{name: 'x', tags: ['a', 'b',], // c\n n: 1.5e2}")
    {'name': 'x', 'tags': ['a', 'b'], 'n': 150.0}
    >>> parse_relaxed_json("[1, /* two */ 2,]")
    [1, 2]
    >>> parse_relaxed_json('"\\u00e9\\n"')
    'é\n'
    """
