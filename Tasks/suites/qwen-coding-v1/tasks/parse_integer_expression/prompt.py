def evaluate(expr: str) -> int:
    """Evaluate an integer arithmetic expression.

    Tokens: non-negative integer literals (ASCII digits), the operators
    ``+ - * / % ^``, and parentheses. Whitespace may appear between tokens.
    Grammar, from lowest to highest precedence::

        expr  := term (("+" | "-") term)*          left-associative
        term  := unary (("*" | "/" | "%") unary)*  left-associative
        unary := ("+" | "-") unary | power
        power := atom ("^" unary)?                 so ^ is right-associative
        atom  := INTEGER | "(" expr ")"

    Consequently ``-2^2 == -4`` (the power binds tighter than unary minus)
    and ``2^-1`` is syntactically allowed as an exponent.

    Semantics:
    * ``/`` divides and truncates toward zero (``7 / -2 == -3``);
    * ``%`` is the matching remainder, ``a - b * (a / b)``, so it has the
      sign of the left operand (``-7 % 3 == -1``);
    * ``/`` or ``%`` by zero raises ``ZeroDivisionError``;
    * ``^`` is exponentiation; a negative exponent raises ``ValueError``.

    Any syntax error (including empty input, unknown characters, unbalanced
    parentheses or leftover tokens) raises ``ValueError``.

    >>> evaluate("2 + 3 * 4")
    14
    >>> evaluate("-2^2")
    -4
    >>> evaluate("7 / -2")
    -3
    >>> evaluate("2^3^2")
    512
    """
