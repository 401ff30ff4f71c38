from typing import List, Optional, Tuple


def shortest_tag_window(events: List[Tuple[int, str]], required: List[str]) -> Optional[Tuple[int, int]]:
    """Find the shortest time window in which every required tag was logged.

    ``events`` is a list of ``(timestamp, tag)`` sorted by timestamp in
    non-decreasing order (several events may share a timestamp). ``required`` is a
    non-empty list of tags; repeated entries in it mean the same as a single entry.

    A window ``[t1, t2]`` (``t1 <= t2``, both timestamps of events) is valid when every
    required tag occurs in at least one event with ``t1 <= timestamp <= t2``. Return
    the valid window with the smallest ``t2 - t1``; if there are several, the one
    with the smallest ``t1``. Return ``None`` if no valid window exists. Expect up to
    about 150,000 events.

    >>> shortest_tag_window([(1, "db"), (2, "api"), (4, "db"), (5, "cache"), (9, "api")], ["api", "cache"])
    (2, 5)
    >>> shortest_tag_window([(0, "a"), (3, "b"), (6, "a")], ["a", "b", "a"])
    (0, 3)
    >>> shortest_tag_window([(1, "db")], ["auth"]) is None
    True
    """
