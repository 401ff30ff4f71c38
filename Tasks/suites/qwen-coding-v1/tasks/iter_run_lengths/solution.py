from typing import Any, Callable, Iterable, Iterator, Optional, Tuple


def run_lengths(iterable: Iterable[Any], key: Optional[Callable[[Any], Any]] = None) -> Iterator[Tuple[Any, int]]:
    if key is None:
        key = lambda x: x
    it = iter(iterable)
    try:
        first = next(it)
    except StopIteration:
        return
    first_key = key(first)
    count = 1
    for item in it:
        k = key(item)
        if k == first_key:
            count += 1
        else:
            yield first, count
            first, first_key, count = item, k, 1
    yield first, count
