from typing import Iterable, Iterator, Optional, Tuple


def sessions(timestamps: Iterable[float], gap: float, max_duration: Optional[float] = None) -> Iterator[Tuple[float, float, int]]:
    """Lazily group a non-decreasing stream of timestamps into sessions.

    Each timestamp joins the current session unless it is more than ``gap`` after
    the previous timestamp (``t - previous > gap``) or, when ``max_duration`` is not
    None, it is more than ``max_duration`` after the session's first timestamp
    (``t - start > max_duration``); in those cases it starts a new session.
    Equal timestamps are allowed.

    For each session ``(start, end, count)`` is yielded: its first and last timestamp
    and the number of timestamps in it. A session is yielded as soon as the
    timestamp that starts the next session has been read, or when the input ends,
    so infinite inputs work.

    A timestamp smaller than its predecessor raises ValueError at the moment it is
    read (sessions completed before it have already been yielded; the open session
    is not). ``gap`` < 0 or ``max_duration`` < 0 also raise ValueError (when
    iteration starts or earlier).

    >>> list(sessions([1, 2, 3, 10, 11, 30], gap=5))
    [(1, 3, 3), (10, 11, 2), (30, 30, 1)]
    >>> list(sessions([0, 2, 4, 6, 8], gap=5, max_duration=5))
    [(0, 4, 3), (6, 8, 2)]
    """
