from typing import List, Tuple


def fastest_route(segments: List[Tuple[str, str, str, int]], origin: str, dest: str, transfer: int) -> int:
    """Fastest trip through a transit network where changing lines costs time.

    Each segment ``(a, b, line, minutes)`` is a piece of track between stations
    ``a`` and ``b`` (``a != b``) served by ``line`` and can be ridden in either
    direction in ``minutes`` (a positive int). Several lines may serve the same pair
    of stations. A traveller is always riding one line: the trip starts at
    ``origin`` on any line that serves a segment touching ``origin`` (boarding is
    free), riding a segment of the current line costs its minutes, and switching to
    a different line at a station costs ``transfer`` minutes (``transfer >= 0``).

    Return the minimum total minutes from ``origin`` to ``dest``; ``0`` if they are the
    same station; ``-1`` if ``dest`` cannot be reached.

    >>> segs = [("A", "B", "red", 2), ("B", "C", "blue", 2), ("A", "C", "green", 6)]
    >>> fastest_route(segs, "A", "C", 3)
    6
    >>> fastest_route(segs, "A", "C", 1)
    5
    >>> fastest_route(segs, "A", "Z", 1)
    -1
    """
