def to_celsius(reading: str) -> float:
    """Parse a temperature reading and return it in degrees Celsius.

    Accepted form (surrounding whitespace ignored): a number, optional
    whitespace, an optional degree sign ``"°"`` immediately followed by a
    unit letter ``C``, ``F`` or ``K`` (case-insensitive). The number is an
    optional sign followed by ASCII digits, optionally with a ``.`` and
    more digits (``"23"``, ``"-3.5"``, ``"+4"``; not ``".5"`` or ``"5."``).

    Conversion: ``C`` as is, ``F``: ``(f - 32) * 5 / 9``,
    ``K``: ``k - 273.15``. The result is rounded with ``round(x, 2)``.
    A negative Kelvin value is invalid. Anything invalid raises
    ``ValueError``.

    >>> to_celsius("23.5°C")
    23.5
    >>> to_celsius("74 F")
    23.33
    >>> to_celsius("300k")
    26.85
    """
