from typing import Callable


class TokenBucket:
    """A token-bucket rate limiter driven by an injectable clock.

    The bucket holds at most ``capacity`` tokens and starts full. It refills
    continuously at ``rate`` tokens per second, never exceeding ``capacity``.

    - ``TokenBucket(capacity, rate, clock)``: capacity > 0 and rate > 0, else
      ValueError. ``clock`` is a zero-argument callable returning seconds; it is
      first read in the constructor.
    - Refilling is based on the time elapsed since the previous clock reading.
      If the clock ever goes backwards, no tokens are added and the new (earlier)
      reading becomes the reference point.
    - ``tokens`` (property): the current number of tokens after refilling.
    - ``try_acquire(n=1) -> bool``: refill, then if at least n tokens are available,
      remove n and return True; otherwise return False and remove nothing.
      n must satisfy 0 < n <= capacity, else ValueError.
    - ``wait_time(n=1) -> float``: seconds until n tokens will be available assuming
      nothing else is acquired (0.0 if available now). Same validation of n.

    >>> now = [0.0]
    >>> tb = TokenBucket(2, 0.5, lambda: now[0])
    >>> tb.try_acquire(), tb.try_acquire(), tb.try_acquire()
    (True, True, False)
    >>> tb.wait_time()
    2.0
    >>> now[0] = 3.0; tb.tokens
    1.5
    """

    def __init__(self, capacity: float, rate: float, clock: Callable[[], float]) -> None:
        """Create a full bucket."""

    @property
    def tokens(self) -> float:
        """Current token count after refilling."""

    def try_acquire(self, n: float = 1) -> bool:
        """Take n tokens if available."""

    def wait_time(self, n: float = 1) -> float:
        """Seconds until n tokens are available."""
