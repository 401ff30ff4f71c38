def strip_comments(code: str) -> str:
    r"""Remove ``//`` and ``/* */`` comments from C-like source code.

    Scan ``code`` from left to right:

    * A string literal starts with ``"`` and ends at the next ``"`` that is
      not escaped; inside it, a backslash escapes the following character
      (any character, including a newline), and an unescaped raw newline is
      not allowed. A character literal is the same with ``'``. Literals are
      copied unchanged, and comment markers inside them are not comments.
      If a quote has no valid closing quote according to these rules, that
      quote is an ordinary character (scanning continues right after it).
    * ``//`` starts a line comment that runs up to, but NOT including, the
      next ``"\n"`` (or the end of the text). It is removed.
    * ``/*`` starts a block comment that ends at the first following
      ``*/`` (comments do not nest). It is replaced by a single space. An
      unterminated block comment runs to the end of the text (and is also
      replaced by a single space).
    * Everything else is copied unchanged.

    >>> strip_comments('int x = 1; // set x\nint y; /* y */ int z;')
    'int x = 1; \nint y;   int z;'
    >>> strip_comments('puts("http://x"); /* a */b/* c */')
    'puts("http://x");  b '
    """
