def reflow_quoted(text: str, width: int) -> list[str]:
    """Re-wrap plain-text e-mail containing ``>`` quotes.

    Processing, line by line over ``text.splitlines()``:

    * Quote depth: while the line starts with ``">"``, remove that ``">"``,
      add 1 to the depth, and then remove ONE following space if there is
      one (so ``">> x"``, ``"> > x"`` and ``">>x"`` all have depth 2). The
      rest of the line, stripped of surrounding whitespace, is its content.
    * A line with empty content is a separator: it ends the current
      paragraph and is output as ``">" * depth`` (``""`` for depth 0).
    * Consecutive non-separator lines with the SAME depth form one
      paragraph; a line with a different depth starts a new paragraph.
    * Each paragraph's words (``content.split()`` of all its lines) are
      re-wrapped greedily. Every output line starts with the prefix
      ``">" * depth + " "`` (no prefix at all for depth 0), words are
      separated by single spaces, and a word is added to the current line
      only if the whole line, prefix included, stays within ``width``
      characters. A word that does not fit even on a fresh line is put
      alone on its own line.

    Returns the output lines in order.

    >>> reflow_quoted("> hello there general\\n> kenobi\\n>\\n>> nested quote goes here\\nmy reply is this", 14)
    ['> hello there', '> general', '> kenobi', '>', '>> nested', '>> quote goes', '>> here', 'my reply is', 'this']
    >>> reflow_quoted("> a\\n> > b c", 80)
    ['> a', '>> b c']
    """
