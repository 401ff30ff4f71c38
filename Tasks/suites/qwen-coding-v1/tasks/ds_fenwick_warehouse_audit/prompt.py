from typing import List, Tuple


def process_bins(n: int, ops: List[Tuple[str, int, int]]) -> List[int]:
    """Process stock operations on ``n`` warehouse bins and report range audits.

    Bins are indexed ``0 .. n-1`` and all start with 0 units. Operations, in order:

    * ``("restock", i, q)`` -- add ``q >= 0`` units to bin ``i``.
    * ``("ship", i, q)``    -- ship ``q >= 0`` units from bin ``i``; a bin can never go
      below zero, so only ``min(q, units currently in bin i)`` units leave it.
    * ``("audit", l, r)``   -- report the total number of units in bins ``l..r``
      inclusive (``0 <= l <= r < n``).

    Return the audit results in order. Expect ``n`` and the number of operations to
    be up to about 100,000 each, with audits over wide ranges.

    >>> process_bins(5, [("restock", 1, 10), ("restock", 3, 5), ("audit", 0, 4), ("ship", 1, 4), ("ship", 3, 9), ("audit", 1, 3)])
    [15, 6]
    >>> process_bins(3, [("ship", 0, 5), ("audit", 0, 2), ("restock", 2, 7), ("audit", 2, 2)])
    [0, 7]
    """
