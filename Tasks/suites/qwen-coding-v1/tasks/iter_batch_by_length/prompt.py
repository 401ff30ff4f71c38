from typing import Iterable, Iterator, List, Optional


def batch_by_length(strings: Iterable[str], max_chars: int, max_items: Optional[int] = None) -> Iterator[List[str]]:
    """Lazily group consecutive strings into batches (lists) for a size-limited API.

    Strings are taken in order. A string joins the current batch if afterwards the
    sum of the ``len`` of the batch's strings is <= ``max_chars`` and (when
    ``max_items`` is not None) the batch holds at most ``max_items`` strings.
    Otherwise the current batch is yielded and the string starts a new batch.
    A string longer than ``max_chars`` therefore ends up alone in its own batch.
    Empty strings count 0 characters but do count as items. Empty batches are
    never yielded; the last batch is yielded when the input ends.

    The input is read one string at a time, and a batch is yielded as soon as a
    string that does not fit it has been read, so infinite inputs work.
    ``max_chars`` must be >= 1 and ``max_items`` None or >= 1, else ValueError
    (when iteration starts or earlier).

    >>> list(batch_by_length(["ab", "cd", "efg", "h"], 4))
    [['ab', 'cd'], ['efg', 'h']]
    >>> list(batch_by_length(["a", "toolong", "b", "c"], 3))
    [['a'], ['toolong'], ['b', 'c']]
    """
