def slugify(title: str, max_length: int = 60, sep: str = "-") -> str:
    """Turn a title into a URL slug.

    Steps, in order:

    1. Remove apostrophes (``'`` and ``’``) entirely: ``"Don't"`` -> ``"Dont"``.
    2. Replace every ``&`` with ``" and "``.
    3. Apply Unicode NFKD normalisation, drop combining marks, then drop every
       remaining non-ASCII character (``'é'`` -> ``'e'``, ``'ﬁ'`` -> ``'fi'``,
       ``'ß'`` is dropped).
    4. Lowercase.
    5. Replace every run of characters other than ``a-z`` and ``0-9`` with ``sep`` and
       strip ``sep`` from both ends.
    6. If the slug is longer than ``max_length``, cut it to ``max_length`` characters;
       if the cut fell inside a word (the next character of the uncut slug is not
       ``sep``) and the cut part contains ``sep``, drop the partial word by cutting
       back to the last ``sep`` (which is removed too). A single word longer than
       ``max_length`` is simply cut.

    ``sep`` is a single character that is not a lowercase letter or digit.

    >>> slugify("Crème Brûlée & Café")
    'creme-brulee-and-cafe'
    >>> slugify("Don't Stop Me Now!"), slugify("The quick brown fox jumps", max_length=13)
    ('dont-stop-me-now', 'the-quick')
    """
