from typing import Any, Callable, Iterable, Iterator, List


def split_stream(iterable: Iterable[Any], is_separator: Callable[[Any], bool], maxsplit: int = -1) -> Iterator[List[Any]]:
    """Lazily split an iterable into lists at separator items, like ``str.split(sep)``.

    Items for which ``is_separator(item)`` is true end the current group and are not
    included in any group. Just like ``'a,,b,'.split(',') == ['a', '', 'b', '']``,
    consecutive separators produce empty groups, a leading separator produces an
    empty first group, a trailing one an empty last group, and an empty input
    produces a single empty group.

    ``maxsplit`` works as for ``str.split``: if it is >= 0, at most that many splits
    are made and everything after the last split, separators included, forms the
    final group (and ``is_separator`` is not called for those items). A negative
    value means no limit.

    Each group is yielded as soon as the separator ending it has been read, so
    infinite inputs work.

    >>> list(split_stream([1, 0, 2, 3, 0, 4], lambda x: x == 0))
    [[1], [2, 3], [4]]
    >>> list(split_stream("a,,b,", lambda c: c == ","))
    [['a'], [], ['b'], []]
    >>> list(split_stream([1, 0, 2, 0, 3], lambda x: x == 0, maxsplit=1))
    [[1], [2, 0, 3]]
    """
