def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences.

    A *terminator* is a maximal run of ``.``, ``!`` and ``?`` characters,
    together with any closing characters ``"`` ``'`` ``)`` ``]`` that
    directly follow it. A sentence break occurs right after a terminator
    when BOTH hold:

    * the terminator is followed by one or more whitespace characters and
      then by an upper-case letter (``str.isupper()``, any script), an
      ASCII digit, or an opening quote ``"`` or ``'``;
    * it is not an abbreviation: if the run is exactly one ``"."``, take the
      word that ends with it (the maximal run of non-whitespace characters
      up to and including that ``"."``). If that word is one of
      ``Mr. Mrs. Ms. Dr. Prof. St. e.g. i.e.`` (case-sensitive) or is a
      single ASCII upper-case letter plus ``"."`` (an initial like ``J.``),
      there is no break.

    Each sentence keeps its terminator; the whitespace at a break is
    dropped. Sentences are stripped of surrounding whitespace and empty
    ones are omitted.

    >>> split_sentences('Dr. Smith arrived. He said "Hi!" Then left.')
    ['Dr. Smith arrived.', 'He said "Hi!"', 'Then left.']
    >>> split_sentences("J. R. R. Tolkien wrote it. Yes.")
    ['J. R. R. Tolkien wrote it.', 'Yes.']
    >>> split_sentences("It costs 3.50 dollars. cheap? Yes")
    ['It costs 3.50 dollars. cheap?', 'Yes']
    """
