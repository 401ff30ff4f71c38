from typing import Generator, Optional, Tuple, Union

Stats = Tuple[int, Optional[float], Optional[float], Optional[float]]


def running_stats() -> Generator[Stats, Union[int, float, str, None], None]:
    """A generator used as a coroutine that keeps running statistics.

    It yields tuples ``(count, mean, minimum, maximum)``; before any value has been
    added that tuple is ``(0, None, None, None)``.

    - Priming with ``next(gen)`` yields the initial stats.
    - ``gen.send(x)`` with an int or float x adds the value and yields the updated
      stats; ``mean`` is always a float (``sum / count``), minimum and maximum are
      the values as sent.
    - ``gen.send(None)`` (which is what ``next(gen)`` does) yields the current stats
      without adding anything.
    - ``gen.send("reset")`` forgets all values and yields ``(0, None, None, None)``.
    - Sending anything else, including ``True``/``False``, raises TypeError out of
      ``send`` (which finishes the generator).

    >>> g = running_stats()
    >>> next(g)
    (0, None, None, None)
    >>> g.send(4), g.send(-2), next(g)
    ((1, 4.0, 4, 4), (2, 1.0, -2, 4), (2, 1.0, -2, 4))
    """
