def is_ticket_id(s: str) -> bool:
    """Return True if ``s`` is exactly a ticket id of the form ``KEY-NUMBER``.

    * ``KEY``: 2 to 10 characters, each an upper-case ASCII letter ``A-Z``
      or an ASCII digit ``0-9``; the first character must be a letter.
    * then a single ``"-"``;
    * ``NUMBER``: 1 to 6 ASCII digits without leading zeros (so it is at
      least 1).

    The whole string must match: nothing before or after, not even
    whitespace or a trailing newline.

    >>> is_ticket_id("PROJ-123")
    True
    >>> is_ticket_id("proj-123")
    False
    >>> is_ticket_id("AB-0")
    False
    """
