def format_size(num_bytes: int, binary: bool = True) -> str:
    """Format a byte count for humans.

    - Units: with ``binary=True`` powers of 1024 named ``B, KiB, MiB, GiB, TiB, PiB``;
      with ``binary=False`` powers of 1000 named ``B, kB, MB, GB, TB, PB``.
    - Counts below 1024 (or 1000) are written as ``'<n> B'``.
    - Otherwise the largest unit not exceeding the count is chosen (PiB/PB at most),
      and the exact value in that unit is rounded to one decimal place with halves
      rounded up. If that rounding reaches 1024 (or 1000) of the unit and a larger
      unit exists, the next unit is used instead (and the value rounded again).
    - The number is shown with one decimal, except that a ``.0`` is dropped:
      ``'1 KiB'``, ``'1.5 KiB'``. Values beyond the largest unit stay in it
      (``'2048 PiB'``).
    - Negative counts get a leading ``'-'``. A non-int argument (bool included)
      raises TypeError.

    >>> format_size(0), format_size(1023), format_size(1536), format_size(1048575)
    ('0 B', '1023 B', '1.5 KiB', '1 MiB')
    >>> format_size(1250, binary=False), format_size(999_950, binary=False)
    ('1.3 kB', '1 MB')
    """
