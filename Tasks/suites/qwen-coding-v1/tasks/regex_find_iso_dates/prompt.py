def find_iso_dates(text: str) -> list[str]:
    """Find all ``YYYY-MM-DD`` dates in ``text``, in order of appearance.

    * ``YYYY`` is four ASCII digits, ``MM`` is ``01``-``12`` and ``DD`` is
      ``01``-``31`` (no further calendar validation: ``2024-02-30`` counts).
    * Only ASCII digits ``0-9`` count as digits.
    * The date must not be directly preceded or directly followed by an
      ASCII digit (so ``12024-01-01`` and ``2024-01-015`` contain no date).
      Any other neighbouring character (letters, ``T``, ``-``, ...) is fine.

    >>> find_iso_dates("from 2024-01-05 to 2024-13-01 or 2023-12-31.")
    ['2024-01-05', '2023-12-31']
    >>> find_iso_dates("id 12024-01-01, stamp 2024-06-15T10:00")
    ['2024-06-15']
    """
