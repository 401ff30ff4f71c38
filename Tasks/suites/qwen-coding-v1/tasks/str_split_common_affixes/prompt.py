import unicodedata


def split_affixes(a: str, b: str) -> tuple[str, str, str, str]:
    """Split ``a`` and ``b`` around their common prefix and common suffix.

    Returns ``(prefix, a_mid, b_mid, suffix)`` with
    ``a == prefix + a_mid + suffix`` and ``b == prefix + b_mid + suffix``:

    1. ``prefix`` is the longest common prefix of ``a`` and ``b``. Then,
       while the prefix is non-empty and the character right after it in
       ``a`` OR in ``b`` is a combining mark
       (``unicodedata.combining(c) != 0``), drop the prefix's last character
       (a base character is never separated from its combining marks).
    2. ``suffix`` is the longest common suffix of the two REMAINDERS left
       after removing the prefix (so prefix and suffix never overlap). Then,
       while the suffix is non-empty and starts with a combining mark, drop
       the suffix's first character.
    3. The middles are what remains in between.

    >>> split_affixes("abcXYZdef", "abcQdef")
    ('abc', 'XYZ', 'Q', 'def')
    >>> split_affixes("aaa", "aa")
    ('aa', 'a', '', '')
    >>> print(ascii(split_affixes("e\\u0301x", "e\\u0300x")))
    ('', 'e\\u0301', 'e\\u0300', 'x')
    """
