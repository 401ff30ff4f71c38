def count_codes(n: int, alphabet_size: int, max_run: int) -> int:
    """Count strings in which no symbol repeats too many times in a row.

    Count the strings of length ``n >= 0`` over an alphabet of ``alphabet_size >= 1``
    symbols in which no symbol appears more than ``max_run >= 1`` times
    consecutively. The empty string counts (so the answer for ``n == 0`` is 1).
    Return the count modulo ``1_000_000_007``. ``n`` can be up to 50,000.

    >>> count_codes(3, 2, 1)
    2
    >>> count_codes(3, 2, 2)
    6
    >>> count_codes(0, 5, 1)
    1
    """
