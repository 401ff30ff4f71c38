from typing import Any, Callable, Iterable, Iterator, Optional


def merge_unique(*iterables: Iterable[Any], key: Optional[Callable[[Any], Any]] = None, reverse: bool = False) -> Iterator[Any]:
    """Merge sorted iterables into one sorted stream without duplicate keys.

    Every input is sorted by ``key`` (identity when None): ascending, or descending
    when ``reverse`` is true. Equal keys may repeat inside an input. The output is
    sorted the same way and contains one item per distinct key: the first one,
    meaning the item from the earliest input argument that contains that key (and
    its first occurrence in that input). Items are never compared with each other,
    only their keys.

    If an input is found to be out of order (an item whose key sorts strictly
    before the previous key of the same input), ValueError is raised when that item
    is read.

    The merge is lazy: it holds at most one pending item per input and reads an
    input again only after its pending item was yielded or discarded, so inputs
    may be infinite.

    >>> list(merge_unique([1, 3, 5], [1, 2, 3, 6], []))
    [1, 2, 3, 5, 6]
    >>> list(merge_unique([("b", 1), ("c", 2)], [("a", 1), ("d", 3)], key=lambda t: t[1]))
    [('b', 1), ('c', 2), ('d', 3)]
    >>> list(merge_unique([9, 5, 1], [8, 5, 2], reverse=True))
    [9, 8, 5, 2, 1]
    """
