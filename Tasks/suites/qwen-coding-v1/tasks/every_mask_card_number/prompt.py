def mask_card(number: str, visible: int = 4, mask_char: str = "*") -> str:
    """Mask all digits of a card number except the last ``visible`` digits.

    - Surrounding whitespace is removed first. What remains may contain only ASCII
      digits, spaces and hyphens, and must contain between 12 and 19 digits
      (inclusive); otherwise ValueError.
    - ``visible`` must be an int from 0 to 6 and ``mask_char`` a single character;
      otherwise ValueError.
    - Every digit except the last ``visible`` digits is replaced by ``mask_char``;
      spaces and hyphens stay where they are. ``visible`` counts digits, not
      characters.

    >>> mask_card("4111 1111 1111 1234")
    '**** **** **** 1234'
    >>> mask_card("4111-1111-1111-1234", visible=0, mask_char="#")
    '####-####-####-####'
    """
