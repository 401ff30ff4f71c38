from collections import deque
from typing import Any, Callable, Hashable, Iterable, Iterator, Optional


def dedupe_recent(iterable: Iterable[Any], window: int, key: Optional[Callable[[Any], Hashable]] = None) -> Iterator[Any]:
    if window < 0:
        raise ValueError("window must be >= 0")
    recent = deque(maxlen=window)
    for item in iterable:
        k = item if key is None else key(item)
        if k in recent:
            continue
        if window:
            recent.append(k)
        yield item
