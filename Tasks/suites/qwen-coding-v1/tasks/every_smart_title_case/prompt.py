def headline(text: str) -> str:
    """Convert text to headline title case, changing only letters' case.

    Words are the maximal runs of non-whitespace characters; all whitespace is kept
    exactly as it is. The *core* of a word is the word without its leading and
    trailing characters that are neither letters nor digits (``'(the'`` -> ``'the'``,
    ``'music)'`` -> ``'music'``).

    - A word is left completely unchanged if its core is empty, does not start with a
      letter (``'3d'``), contains an uppercase letter after its first character
      (``'iPhone'``, ``'NASA'``, ``'McDonald'``) or contains a ``'.'`` (``'example.com'``).
    - Small words are: ``a an and as at but by for in nor of on or the to vs via``.
    - A word is in *first position* if it is the first word of the text or the previous
      word ends with ``':'``; it is in *last position* if it is the last word.
    - A small word (core compared in lowercase) is lowercased entirely unless it is in
      first or last position; every other word is capitalised.
    - Capitalising means uppercasing the first letter of the core and leaving the rest.
      If the core contains ``'-'``, it is split there and each part is treated
      separately: the first part is always capitalised, the other parts follow the
      small-word rule as if in the middle of the text.

    >>> headline("the lord of the rings"), headline("what is it for")
    ('The Lord of the Rings', 'What Is It For')
    >>> headline("iPhone review: the good and the bad")
    'iPhone Review: The Good and the Bad'
    >>> headline("NASA launches state-of-the-art probe")
    'NASA Launches State-of-the-Art Probe'
    """
