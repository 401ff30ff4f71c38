def parse_dms(s: str) -> tuple[float, float]:
    """Parse a latitude/longitude pair written in degrees, minutes, seconds.

    After stripping surrounding whitespace, ``s`` must be two coordinates
    separated either by a comma (optionally surrounded by whitespace) or by
    whitespace alone. Each coordinate has no internal spaces and the form
    ``DEG° [MIN' [SEC"]] HEMI``:

    * ``DEG``: 1-3 ASCII digits, followed by ``"°"``;
    * optional ``MIN``: 1-2 ASCII digits (at most 59) followed by ``'`` or
      ``′`` (U+2032);
    * optional ``SEC`` (only allowed after MIN): 1-2 ASCII digits with an
      optional ``.`` and more digits, less than 60, followed by ``"`` or
      ``″`` (U+2033);
    * ``HEMI``: ``N`` or ``S`` for the first coordinate (latitude), ``E`` or
      ``W`` for the second (longitude); upper-case only.

    The value is ``DEG + MIN/60 + SEC/3600``; it must be at most 90 for the
    latitude and at most 180 for the longitude. ``S`` and ``W`` make the
    whole value negative. Each value is rounded with ``round(x, 6)``.
    Anything invalid raises ``ValueError``.

    >>> parse_dms('40°26\\'46"N 79°58\\'56"W')
    (40.446111, -79.982222)
    >>> parse_dms("0°N, 180°E")
    (0.0, 180.0)
    """
