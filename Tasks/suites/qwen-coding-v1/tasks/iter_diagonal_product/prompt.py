from typing import Any, Iterable, Iterator, Tuple


def diagonal_pairs(a: Iterable[Any], b: Iterable[Any]) -> Iterator[Tuple[Any, Any]]:
    """Yield every pair ``(a[i], b[j])`` in diagonal order, for possibly infinite inputs.

    Pairs are ordered by ``i + j`` ascending and, within the same ``i + j``, by ``i``
    ascending. If an input is finite, pairs with an index past its end are simply
    skipped. Each pair appears exactly once; with two finite inputs the generator
    ends after the last pair, and it ends immediately if either input is empty
    (even if the other is infinite).

    The inputs are arbitrary iterables (possibly one-shot iterators) and are read
    lazily: an element is read only when a pair that needs it is about to be
    produced (or to discover that the input is exhausted). Elements already read
    are remembered.

    >>> list(diagonal_pairs("ab", "xyz"))
    [('a', 'x'), ('a', 'y'), ('b', 'x'), ('a', 'z'), ('b', 'y'), ('b', 'z')]
    >>> import itertools
    >>> list(itertools.islice(diagonal_pairs(itertools.count(), "xy"), 5))
    [(0, 'x'), (0, 'y'), (1, 'x'), (1, 'y'), (2, 'x')]
    """
