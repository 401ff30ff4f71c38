from typing import Any, Callable, Iterable, Iterator, Optional, Tuple


def run_lengths(iterable: Iterable[Any], key: Optional[Callable[[Any], Any]] = None) -> Iterator[Tuple[Any, int]]:
    if key is None:
        key = lambda x: x
    first, first_key, count = None, None, 0
    for item in iterable:
        k = key(item)
        if count and k == first_key:
            count += 1
        else:
            if first_key is not None:
                yield first, count
            first, first_key, count = item, k, 1
    if count:
        yield first, count
