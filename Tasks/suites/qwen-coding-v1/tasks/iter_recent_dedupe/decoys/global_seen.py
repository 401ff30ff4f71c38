from typing import Any, Callable, Hashable, Iterable, Iterator, Optional


def dedupe_recent(iterable: Iterable[Any], window: int, key: Optional[Callable[[Any], Hashable]] = None) -> Iterator[Any]:
    if window < 0:
        raise ValueError("window must be >= 0")
    seen = set()
    for item in iterable:
        k = item if key is None else key(item)
        if window and k in seen:
            continue
        seen.add(k)
        yield item
