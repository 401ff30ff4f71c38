def columnize(items: list[str], width: int, gap: int = 2) -> list[str]:
    """Arrange ``items`` in columns, filled top-to-bottom then left-to-right.

    For a row count ``r`` (``1 <= r <= n`` with ``n = len(items)``) the layout
    has ``c = ceil(n / r)`` columns; item ``i`` goes to column ``i // r``,
    row ``i % r`` (so only the last column may be shorter). Column ``j``'s
    width is the maximum ``len`` of its items, and the layout's total width
    is the sum of the column widths plus ``gap * (c - 1)``.

    Use the SMALLEST ``r`` whose total width is ``<= width``; if none fits,
    use ``r = n`` (a single column).

    Output one string per row: each item of the row left-justified to its
    column width, joined with ``gap`` spaces, with trailing whitespace
    removed. An empty ``items`` list gives ``[]``.

    >>> columnize(["a", "bb", "ccc", "dd", "e"], 10)
    ['a   ccc  e', 'bb  dd']
    >>> columnize(["abcdefg", "a", "abcdefgh", "abc"], 16)
    ['abcdefg   abc', 'a', 'abcdefgh']
    """
