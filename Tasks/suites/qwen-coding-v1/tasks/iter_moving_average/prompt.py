from typing import Iterable, Iterator


def moving_average(values: Iterable[float], window: int) -> Iterator[float]:
    """Lazily yield the mean of every full window of ``window`` consecutive values.

    The first mean is produced right after the ``window``-th value is read, then one
    mean per further value; each mean is a float (``sum(window_values) / window``).
    Inputs shorter than ``window`` produce nothing. The input may be infinite and
    must not be read further than needed.

    ``window`` must be an int >= 1; otherwise ValueError is raised immediately
    when ``moving_average`` is called, before any iteration.

    >>> list(moving_average([1, 2, 3, 4, 5], 2))
    [1.5, 2.5, 3.5, 4.5]
    >>> list(moving_average([3, 6], 1))
    [3.0, 6.0]
    """
