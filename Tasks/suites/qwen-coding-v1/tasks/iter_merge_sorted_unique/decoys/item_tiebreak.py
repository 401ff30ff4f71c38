import heapq
from typing import Any, Callable, Iterable, Iterator, Optional


class _Key:
    __slots__ = ("k", "rev")

    def __init__(self, k, rev):
        self.k = k
        self.rev = rev

    def __lt__(self, other):
        return other.k < self.k if self.rev else self.k < other.k

    def __eq__(self, other):
        return self.k == other.k


def merge_unique(*iterables: Iterable[Any], key: Optional[Callable[[Any], Any]] = None, reverse: bool = False) -> Iterator[Any]:
    if key is None:
        key = lambda x: x
    iters = [iter(it) for it in iterables]
    last_keys = [None] * len(iters)
    heap = []

    def advance(idx):
        for item in iters[idx]:
            k = _Key(key(item), reverse)
            if last_keys[idx] is not None and k < last_keys[idx]:
                raise ValueError(f"input {idx} is not sorted")
            last_keys[idx] = k
            heapq.heappush(heap, (k, item, idx))
            return

    for idx in range(len(iters)):
        advance(idx)
    last = None
    while heap:
        k, item, idx = heapq.heappop(heap)
        if last is None or not (k == last):
            last = k
            yield item
        advance(idx)
