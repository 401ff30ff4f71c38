from collections import Counter, deque
from typing import Any, Callable, Hashable, Iterable, Iterator, Optional


def dedupe_recent(iterable: Iterable[Any], window: int, key: Optional[Callable[[Any], Hashable]] = None) -> Iterator[Any]:
    if window < 0:
        raise ValueError("window must be >= 0")
    recent = deque()
    counts = Counter()
    for item in iterable:
        k = item if key is None else key(item)
        if counts[k] == 0:
            yield item
        if window:
            recent.append(k)
            counts[k] += 1
            if len(recent) > window:
                old = recent.popleft()
                counts[old] -= 1
                if counts[old] == 0:
                    del counts[old]
