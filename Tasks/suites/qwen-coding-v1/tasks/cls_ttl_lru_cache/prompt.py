from typing import Any, Callable, Hashable, List, Optional


class TTLCache:
    """A size-bounded cache with least-recently-used eviction and per-entry expiry.

    - ``TTLCache(maxsize, ttl, clock)``: maxsize is an int >= 1 and ttl (the default
      time-to-live in seconds) is > 0, else ValueError. ``clock`` is a
      zero-argument callable returning the current time in seconds.
    - An entry stored at time t with time-to-live L expires at t + L: it is
      expired whenever ``clock() >= t + L``. Expired entries behave as absent.
    - ``set(key, value, ttl=None)`` stores or overwrites the entry (``ttl`` overrides
      the default for this entry and must be > 0, else ValueError). The key becomes
      the most recently used. If the key is new and the cache already holds
      ``maxsize`` entries (expired ones included), all expired entries are removed
      first; if it is still full, the least recently used entry is evicted.
    - ``get(key, default=None)``: the value of a live entry, which becomes the most
      recently used; otherwise ``default`` (an expired entry is removed).
    - ``key in cache``: True for a live entry; it does not change recency.
    - ``del cache[key]``: removes a live entry; KeyError if absent or expired.
    - ``len(cache)``: number of live entries.
    - ``keys()``: list of live keys from least to most recently used.

    >>> now = [0]
    >>> c = TTLCache(2, 10, lambda: now[0])
    >>> c.set("a", 1); c.set("b", 2); c.get("a"); c.set("c", 3)
    1
    >>> c.keys()
    ['a', 'c']
    >>> now[0] = 10; len(c), c.get("a", "gone")
    (0, 'gone')
    """

    def __init__(self, maxsize: int, ttl: float, clock: Callable[[], float]) -> None:
        """Create an empty cache."""

    def set(self, key: Hashable, value: Any, ttl: Optional[float] = None) -> None:
        """Store a value."""

    def get(self, key: Hashable, default: Any = None) -> Any:
        """Value of a live entry or default."""

    def __contains__(self, key: object) -> bool:
        """True for a live entry (no recency change)."""

    def __delitem__(self, key: Hashable) -> None:
        """Remove a live entry."""

    def __len__(self) -> int:
        """Number of live entries."""

    def keys(self) -> List[Hashable]:
        """Live keys, least recently used first."""
