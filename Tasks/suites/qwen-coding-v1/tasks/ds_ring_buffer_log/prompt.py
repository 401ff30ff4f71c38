from typing import List, Optional, Tuple


def ring_buffer_log(capacity: int, operations: List[Tuple]) -> List[Optional[str]]:
    """Simulate a fixed-capacity ring buffer that keeps the most recent log lines.

    The buffer starts empty and can hold at most ``capacity`` lines (capacity >= 0).
    Each operation is one of:

    * ``("push", line)`` -- store ``line`` as the newest entry. If the buffer
      already holds ``capacity`` lines, the OLDEST stored line is discarded first.
      With capacity 0 the pushed line is discarded immediately.
    * ``("pop",)``  -- remove the oldest stored line and report it
      (report ``None`` if the buffer is empty).
    * ``("peek",)`` -- report the oldest stored line without removing it
      (``None`` if the buffer is empty).

    Return the reported values of all "pop" and "peek" operations, in order.

    >>> ring_buffer_log(2, [("push", "a"), ("push", "b"), ("push", "c"), ("pop",), ("peek",)])
    ['b', 'c']
    >>> ring_buffer_log(1, [("pop",), ("push", "x"), ("peek",), ("pop",), ("pop",)])
    [None, 'x', 'x', None]
    """
