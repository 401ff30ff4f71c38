from collections import deque
from typing import Iterable, Iterator


def moving_average(values: Iterable[float], window: int) -> Iterator[float]:
    if not isinstance(window, int) or window < 1:
        raise ValueError("window must be an int >= 1")
    return _means(values, window)


def _means(values, window):
    buf = deque()
    total = 0
    for v in list(values):
        buf.append(v)
        total += v
        if len(buf) > window:
            total -= buf.popleft()
        if len(buf) == window:
            yield total / window
