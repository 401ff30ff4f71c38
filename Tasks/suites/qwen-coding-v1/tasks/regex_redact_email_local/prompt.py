def redact_emails(text: str) -> str:
    """Redact e-mail addresses in ``text`` by hiding most of the local part.

    An address is ``LOCAL@DOMAIN`` where

    * ``LOCAL`` is the longest run of characters from ``A-Z a-z 0-9 . _ % + -``
      that ends right before the ``"@"`` (at least one character);
    * ``DOMAIN`` is two or more labels joined by ``"."``, each label made of
      ``A-Z a-z 0-9 -``, where the last label (the TLD) consists of at
      least two ASCII letters only, and the address is not directly
      followed by an ASCII letter, digit or ``"-"``.

    Each address is replaced by the first character of ``LOCAL`` followed by
    ``"***@"`` and the unchanged ``DOMAIN``. Everything else is unchanged.

    >>> redact_emails("Contact john.doe@example.com or a@b.io")
    'Contact j***@example.com or a***@b.io'
    >>> redact_emails("mail: Ann+tag@Sub.Example.ORG.")
    'mail: A***@Sub.Example.ORG.'
    >>> redact_emails("x@localhost stays")
    'x@localhost stays'
    """
