from typing import Optional


def smallest_multiple_with_digits(n: int, digits: str) -> Optional[int]:
    """Return the smallest positive multiple of n whose decimal
    representation uses only characters from `digits`.

    n is a positive integer up to 10**5.  `digits` is a string of distinct
    decimal digit characters in any order (for example "81" or "01").  The
    answer has no leading zeros and may be far larger than 64 bits.  Return
    None if no such multiple exists (for example n = 10 with digits "123",
    or digits == "0").

    >>> smallest_multiple_with_digits(7, "01")
    1001
    >>> smallest_multiple_with_digits(12, "83")
    888
    >>> smallest_multiple_with_digits(10, "123") is None
    True
    """
    allowed = set(digits)
    if not allowed - {"0"}:
        return None
    k = 1
    while k < 10**7:
        m = n * k
        if set(str(m)) <= allowed:
            return m
        k += 1
    return None
