from typing import Dict


def best_cut_revenue(length: int, prices: Dict[int, int], kerf: int) -> int:
    """Maximise revenue from cutting a rod when each cut destroys some material.

    A rod of integer ``length >= 0`` is cut into consecutive segments
    ``s1, ..., sm`` (``m >= 1``, every segment an integer ``>= 1``). Each of the
    ``m - 1`` cuts destroys ``kerf`` units of material (``kerf >= 0``), so the
    segments must satisfy ``s1 + ... + sm + (m - 1) * kerf == length``. A segment of
    length ``L`` sells for ``prices[L]`` (positive), or for 0 if ``L`` is not in
    ``prices``. Leaving the rod uncut (``m == 1``) is allowed.

    Return the maximum total revenue (0 when ``length == 0``).

    >>> best_cut_revenue(10, {3: 5, 4: 7}, 1)
    12
    >>> best_cut_revenue(10, {3: 5, 4: 7}, 0)
    17
    >>> best_cut_revenue(5, {5: 9, 2: 5}, 1)
    10
    """
