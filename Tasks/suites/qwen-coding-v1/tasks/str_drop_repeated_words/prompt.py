def drop_repeated_words(text: str) -> str:
    """Remove words that immediately repeat the previous kept word.

    Words are the maximal runs of non-whitespace characters
    (``text.split()``); punctuation is part of a word, so ``"sat,"`` differs
    from ``"sat"``. A word is dropped when it equals the previous KEPT word
    under case-insensitive comparison using ``str.casefold``. The first
    word of a repeated run is the one kept (with its original case). The
    result joins the kept words with single spaces.

    >>> drop_repeated_words("the The cat sat sat")
    'the cat sat'
    >>> drop_repeated_words("go go, go")
    'go go, go'
    >>> drop_repeated_words("  ")
    ''
    """
