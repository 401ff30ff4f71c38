def group_indian(num: str) -> str:
    """Insert thousands separators using the Indian (lakh/crore) convention.

    ``num`` must fully match ``[+-]?[0-9]+(\\.[0-9]+)?`` (ASCII digits, no
    spaces), otherwise ``ValueError`` is raised.

    * Leading zeros of the integer part are removed (keeping one digit).
    * If the integer part has more than three digits, its last three digits
      form the final group and the digits before them are grouped in pairs
      counted from the right; groups are joined with ``","``
      (``1234567`` -> ``12,34,567``).
    * The fractional part, if any, is copied unchanged (trailing zeros too).
    * A ``"+"`` sign is dropped. A ``"-"`` sign is kept, unless every digit
      of the number is zero (``"-0.00"`` -> ``"0.00"``).

    >>> group_indian("1234567")
    '12,34,567'
    >>> group_indian("-9876543210.50")
    '-9,87,65,43,210.50'
    >>> group_indian("007")
    '7'
    """
