def compact_initials(name: str) -> str:
    """Build compact initials from a personal name.

    Rules:
    * The name is split into words on whitespace (``str.split()``).
    * A word is a *particle* if its lowercase form is one of
      ``van, von, de, der, den, da, di, du, le, la`` (so "VAN" and "Van" are
      particles too). Particles are skipped, EXCEPT when the particle is the
      first word of the name.
    * Every other word is split on ``"-"``; each non-empty part contributes
      one initial: its first character upper-cased, followed by ``"."``.
      The initials of one hyphenated word are joined with ``"-"``
      (``"jean-luc"`` -> ``"J.-L."``).
    * The initials of all words are concatenated without spaces.
    * An empty or whitespace-only name gives ``""``.

    >>> compact_initials("ludwig van beethoven")
    'L.B.'
    >>> compact_initials("Van Morrison")
    'V.M.'
    >>> compact_initials("jean-luc de la croix")
    'J.-L.C.'
    """
