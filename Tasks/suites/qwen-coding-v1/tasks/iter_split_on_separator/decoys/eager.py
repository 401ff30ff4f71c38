from typing import Any, Callable, Iterable, Iterator, List


def split_stream(iterable: Iterable[Any], is_separator: Callable[[Any], bool], maxsplit: int = -1) -> Iterator[List[Any]]:
    group = []
    splits = 0
    for item in list(iterable):
        if (maxsplit < 0 or splits < maxsplit) and is_separator(item):
            yield group
            group = []
            splits += 1
        else:
            group.append(item)
    yield group
