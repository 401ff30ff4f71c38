def expand_braces(pattern: str) -> list[str]:
    """Expand shell-like brace groups in ``pattern``.

    A brace group is a ``"{"`` together with its matching ``"}"`` (matching
    counts nesting depth). Its content is interpreted as:

    * Alternatives: if the content contains at least one comma at nesting
      depth 0 (relative to the group), it is split at those commas into
      alternatives (which may be empty and may contain nested groups that
      are expanded too): ``"{a,b}"`` -> ``a``, ``b``.
    * Range: otherwise, if the content is ``M..N`` where ``M`` and ``N``
      are non-negative integers written with ASCII digits, it yields every
      integer from ``M`` to ``N`` inclusive, ascending or descending as
      needed. If either endpoint is written with a leading zero (more
      than one digit and starting with ``"0"``), every number is
      zero-padded to ``max(len(M), len(N))`` digits.
    * Otherwise the ``"{"`` is an ordinary literal character (groups
      inside its content are still expanded; its ``"}"`` then stays as a
      literal too). A ``"{"`` without a matching ``"}"`` and a stray
      ``"}"`` are literal as well.

    Several groups produce the cartesian product, with the LEFTMOST group
    varying slowest; alternatives keep their written order and duplicates
    are kept. A pattern without groups yields ``[pattern]`` (``[""]`` for
    ``""``).

    >>> expand_braces("file{1..3}.txt")
    ['file1.txt', 'file2.txt', 'file3.txt']
    >>> expand_braces("{a,b}{x,y}")
    ['ax', 'ay', 'bx', 'by']
    >>> expand_braces("v{1.{0,1},2}")
    ['v1.0', 'v1.1', 'v2']
    >>> expand_braces("{solo}-{08..10}")
    ['{solo}-08', '{solo}-09', '{solo}-10']
    """
