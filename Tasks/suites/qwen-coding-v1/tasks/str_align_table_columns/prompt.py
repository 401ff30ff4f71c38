def align_columns(rows: list[list[str]], sep: str = " | ") -> list[str]:
    """Format ``rows`` of cells as aligned text lines.

    * The number of columns is the length of the longest row; missing cells
      of shorter rows are treated as ``""``.
    * Each column's width is the maximum ``len`` of its cells.
    * A cell is *numeric* if it fully matches ``[+-]?[0-9]+(\\.[0-9]+)?``
      (so ``"-1.5"`` is numeric, ``"1e5"``, ``".5"`` and ``"1."`` are not).
      Numeric cells are right-aligned in their column, all other cells are
      left-aligned; padding uses spaces.
    * The padded cells of a row are joined with ``sep`` and then trailing
      whitespace is removed from the line (``str.rstrip()``).
    * Returns one line per row; ``[]`` for no rows.

    >>> align_columns([["name", "qty"], ["apple", "3"], ["kiwi", "12"]])
    ['name  | qty', 'apple |   3', 'kiwi  |  12']
    >>> align_columns([["a"], ["bb", "1"]])
    ['a  |', 'bb | 1']
    """
