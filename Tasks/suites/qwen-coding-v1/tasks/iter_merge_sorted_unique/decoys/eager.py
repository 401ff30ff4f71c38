from typing import Any, Callable, Iterable, Iterator, Optional

_MISSING = object()


def merge_unique(*iterables: Iterable[Any], key: Optional[Callable[[Any], Any]] = None, reverse: bool = False) -> Iterator[Any]:
    if key is None:
        key = lambda x: x
    tagged = []
    for idx, it in enumerate(iterables):
        prev = _MISSING
        for item in it:
            k = key(item)
            if prev is not _MISSING and (k > prev if reverse else k < prev):
                raise ValueError(f"input {idx} is not sorted")
            prev = k
            tagged.append((k, item))
    tagged.sort(key=lambda t: t[0], reverse=reverse)
    last = _MISSING
    for k, item in tagged:
        if last is _MISSING or k != last:
            last = k
            yield item
