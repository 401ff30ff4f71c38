def mask_credentials(text: str) -> str:
    """Mask secrets that appear inside URLs in ``text``.

    Two independent rules; every masked secret becomes exactly ``"****"``:

    1. User-info passwords: ``SCHEME://USER:PASSWORD@`` where SCHEME is an
       ASCII letter followed by any of ``A-Z a-z 0-9 + . -``, USER is one
       or more characters that are not whitespace, ``:``, ``/`` or ``@``,
       and PASSWORD is one or more characters that are not whitespace,
       ``/`` or ``@`` (it may contain ``:``). PASSWORD is masked; it must be
       followed directly by ``@``.
    2. Query parameters: ``NAME=VALUE`` directly preceded by ``?`` or ``&``,
       where NAME is exactly one of ``token``, ``api_key``, ``secret``,
       ``password`` (case-insensitive). VALUE is the run of characters up to
       the next ``&``, ``#``, whitespace or the end; it is masked only if
       it is non-empty.

    Everything else is left unchanged.

    >>> mask_credentials("db at postgres://admin:s3cr3t@db.local:5432/app")
    'db at postgres://admin:****@db.local:5432/app'
    >>> mask_credentials("GET /x?user=bob&Token=abc123&page=2")
    'GET /x?user=bob&Token=****&page=2'
    """
