def parse_size(s: str) -> int:
    """Parse a human-readable size such as ``"1.5 KiB"`` into bytes.

    Form (surrounding whitespace ignored): a non-negative number made of
    ASCII digits with an optional fractional part (``"12"``, ``"0.25"``;
    not ``".5"``, no sign, no exponent), optional whitespace, and an
    optional unit. Units are case-insensitive:

    * none or ``b``: 1
    * ``k``/``kb``: 10**3, ``m``/``mb``: 10**6, ``g``/``gb``: 10**9,
      ``t``/``tb``: 10**12
    * ``kib``: 2**10, ``mib``: 2**20, ``gib``: 2**30, ``tib``: 2**40

    The result is ``floor(number * multiplier)`` computed EXACTLY (as if
    with unlimited-precision decimal arithmetic; no floating-point error).
    Anything else raises ``ValueError``.

    >>> parse_size("1.5 KiB")
    1536
    >>> parse_size("2MB")
    2000000
    >>> parse_size("2.01 kB")
    2010
    """
