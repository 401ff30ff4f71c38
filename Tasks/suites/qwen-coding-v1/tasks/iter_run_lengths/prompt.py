from typing import Any, Callable, Iterable, Iterator, Optional, Tuple


def run_lengths(iterable: Iterable[Any], key: Optional[Callable[[Any], Any]] = None) -> Iterator[Tuple[Any, int]]:
    """Lazily yield ``(first_item, count)`` for each maximal run of consecutive equal items.

    Two neighbouring items belong to the same run when they compare equal, or,
    if ``key`` is given, when ``key(a) == key(b)``. The yielded item is the first
    item of the run (not its key). Any values may appear, including None.

    The function must be lazy: a run is yielded as soon as the first item of the
    next run has been read (or the input ends), so it works on infinite inputs,
    and it never reads more than one item beyond the run it yields.

    >>> list(run_lengths("aaabcc"))
    [('a', 3), ('b', 1), ('c', 2)]
    >>> list(run_lengths(["A", "a", "b"], key=str.lower))
    [('A', 2), ('b', 1)]
    """
