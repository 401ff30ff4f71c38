def highlight(text: str, terms: list[str]) -> str:
    """Wrap every whole-word occurrence of any term in ``text`` with ``**``.

    * Terms are literal strings (characters such as ``.``, ``+`` or ``(``
      have no special meaning). Empty terms are ignored; with no non-empty
      terms the text is returned unchanged.
    * Matching is case-insensitive (as with ``re.IGNORECASE``); the
      original text is kept inside the markers.
    * Whole word: an occurrence must not be directly preceded or directly
      followed by a word character (``\\w``, Unicode-aware). This also works
      for terms that start or end with punctuation, like ``"C++"``.
    * The text is scanned left to right and matches never overlap. At a
      given position, the LONGEST term that matches there as a whole word
      is used.

    >>> highlight("Python and python3 and PYTHON", ["python"])
    '**Python** and python3 and **PYTHON**'
    >>> highlight("New York City is in New York", ["new york", "new york city"])
    '**New York City** is in **New York**'
    >>> highlight("I like C++ and C", ["c++"])
    'I like **C++** and C'
    """
