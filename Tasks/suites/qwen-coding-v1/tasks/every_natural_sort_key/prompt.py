from typing import Any, Tuple


def natural_key(s: str) -> Tuple[Any, ...]:
    """Return a tuple usable as ``sorted(names, key=natural_key)`` for "natural" order.

    The string is split into maximal runs of ASCII digits (``0-9``) and maximal runs
    of other characters. Two strings compare run by run:

    - two digit runs compare by numeric value, and if equal the run with fewer
      characters (fewer leading zeros) comes first: ``'a1' < 'a01' < 'a001' < 'a2'``;
    - two text runs compare by their ``str.casefold()`` forms;
    - a digit run sorts before a text run at the same position;
    - if one string's runs are a prefix of the other's, the shorter comes first.

    Strings that are still equal are ordered by plain ``str`` comparison of the
    original strings, so only identical strings get equal keys.

    >>> sorted(["file10.txt", "file2.txt", "file1.txt", "File1.txt"], key=natural_key)
    ['File1.txt', 'file1.txt', 'file2.txt', 'file10.txt']
    >>> sorted(["a2", "a001", "a1", "a01"], key=natural_key)
    ['a1', 'a01', 'a001', 'a2']
    """
