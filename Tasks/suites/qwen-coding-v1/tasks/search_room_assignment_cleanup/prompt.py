from typing import List, Tuple


def assign_rooms(meetings: List[Tuple[int, int]], cleanup: int) -> List[int]:
    """Assign meetings to numbered rooms, allowing cleanup time between uses.

    Each meeting is ``(start, end)`` with ``start < end``. Rooms are numbered
    ``0, 1, 2, ...`` and there are as many as needed. After a meeting ending at
    ``end`` a room needs ``cleanup`` time units (``cleanup >= 0``), so it can host
    a meeting starting at ``s`` only if ``end + cleanup <= s``. A room never used
    before is always free.

    Meetings are processed in order of start time; meetings with equal start time
    are processed in input order. Each meeting gets the LOWEST-numbered room that is
    free at its start. Return the room number of each meeting, in input order.
    Expect up to 100,000 meetings with tens of thousands running at the same time.

    >>> assign_rooms([(0, 10), (5, 15), (10, 20)], 0)
    [0, 1, 0]
    >>> assign_rooms([(0, 10), (5, 15), (10, 20)], 1)
    [0, 1, 2]
    >>> assign_rooms([(4, 6), (0, 3), (3, 5)], 0)
    [1, 0, 0]
    """
