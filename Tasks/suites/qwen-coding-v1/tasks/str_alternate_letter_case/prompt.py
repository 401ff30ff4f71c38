def alternate_letter_case(s: str) -> str:
    """Return ``s`` with its letters in alternating case.

    Only letters (``str.isalpha``) take part: the 1st, 3rd, 5th, ... letter
    of the whole string is upper-cased and the 2nd, 4th, ... letter is
    lower-cased. Non-letter characters are copied unchanged and do not
    advance the alternation (the count runs across word boundaries).

    >>> alternate_letter_case("hello world")
    'HeLlO wOrLd'
    >>> alternate_letter_case("a1b2c3")
    'A1b2C3'
    >>> alternate_letter_case("")
    ''
    """
