def normalize_phones(text: str) -> str:
    """Rewrite North-American phone numbers in ``text`` as ``+1-AAA-EEE-LLLL``.

    Below, SEP is exactly one of space, ``-`` or ``.``; digits are ASCII;
    N is a digit ``2-9``.

    A phone number is, in this order:

    * optionally a country code ``+1`` or ``1`` followed by one SEP;
    * the area code AAA = ``NXX`` (N then two digits), written either as
      ``(NXX)`` followed by an optional single space, or as ``NXX``
      followed by one SEP;
    * the exchange EEE = ``NXX``, then one SEP;
    * the line number LLLL = four digits.

    Different SEPs may be mixed. The number must not be directly preceded
    by a word character (``\\w``), ``+`` or ``-``, and must not be directly
    followed by a word character or ``-``. Each number found (scanning
    left to right) is replaced by ``+1-AAA-EEE-LLLL``; all other text is
    unchanged.

    >>> normalize_phones("Call (555) 234-5678 or 555.345.6789")
    'Call +1-555-234-5678 or +1-555-345-6789'
    >>> normalize_phones("+1 555 234 5678; bad: 555-123-4567")
    '+1-555-234-5678; bad: 555-123-4567'
    """
