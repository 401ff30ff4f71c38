from typing import List


def sort_versions(versions: List[str]) -> List[str]:
    """Sort dotted version strings in ascending version order.

    A version is one or more non-negative integers separated by dots, e.g.
    ``"1.10.2"``; components may have leading zeros (``"1.02"``). Versions are
    compared component by component as integers; a missing trailing component counts
    as 0, so ``"1.2"``, ``"1.2.0"`` and ``"1.02"`` are all equal. Versions that compare
    equal keep their relative order from the input. Return a new list with the
    original strings.

    >>> sort_versions(["1.10", "1.9", "1.2.3", "1.2"])
    ['1.2', '1.2.3', '1.9', '1.10']
    >>> sort_versions(["2.0.0", "2", "1.02", "1.2"])
    ['1.02', '1.2', '2.0.0', '2']
    """
