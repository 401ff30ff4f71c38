import heapq
from typing import Any, Callable, Iterable, Iterator, Optional


def merge_unique(*iterables: Iterable[Any], key: Optional[Callable[[Any], Any]] = None, reverse: bool = False) -> Iterator[Any]:
    if key is None:
        key = lambda x: x
    marker = object()
    last = marker
    for item in heapq.merge(*iterables, key=key, reverse=reverse):
        k = key(item)
        if last is marker or k != last:
            last = k
            yield item
