from typing import Any, Callable, Hashable, Iterable, Iterator, Optional


def dedupe_recent(iterable: Iterable[Any], window: int, key: Optional[Callable[[Any], Hashable]] = None) -> Iterator[Any]:
    """Lazily yield items, suppressing those that repeat a recently *seen* item.

    An item is suppressed when its key (``key(item)``, or the item itself) equals the
    key of any of the ``window`` input items immediately before it, whether those
    were yielded or suppressed. ``window = 0`` suppresses nothing; a negative window
    raises ValueError (when iteration starts or earlier). Keys are hashable.
    Memory use is bounded by ``window`` and infinite inputs work.

    >>> "".join(dedupe_recent("abab", 1)), "".join(dedupe_recent("abab", 2))
    ('abab', 'ab')
    >>> "".join(dedupe_recent("abbba", 2))
    'aba'
    """
