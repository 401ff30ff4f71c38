"""Least-recently-used cache with optional time-to-live."""

from collections import OrderedDict

from .clock import MonotonicClock

_MISSING = object()


class LRUCache:
    """A mapping-like cache holding at most ``max_size`` entries.

    ``ttl`` (seconds) makes entries expire; expired entries are dropped
    lazily when they are looked up, or all at once by :meth:`purge_expired`.
    Reading an entry makes it the most recently used one.
    """

    def __init__(self, max_size=128, ttl=None, clock=None):
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        if ttl is not None and ttl <= 0:
            raise ValueError("ttl must be positive")
        self.max_size = max_size
        self.ttl = ttl
        self.clock = clock or MonotonicClock()
        self._data = OrderedDict()   # key -> (value, expires_at or None)

    # -- internal ----------------------------------------------------
    def _expired(self, expires_at):
        return expires_at is not None and self.clock.now() >= expires_at

    def lookup(self, key):
        """Return ``(True, value)`` for a live entry, else ``(False, None)``.

        This is the single place entries are read; it refreshes recency and
        drops the entry if it has expired.
        """
        item = self._data.get(key, _MISSING)
        if item is _MISSING:
            return False, None
        value, expires_at = item
        if self._expired(expires_at):
            del self._data[key]
            return False, None
        self._data.move_to_end(key)
        return True, value

    def _evict(self):
        while len(self._data) > self.max_size:
            self._data.popitem(last=False)

    # -- public API --------------------------------------------------
    def get(self, key, default=None):
        found, value = self.lookup(key)
        return value if found else default

    def set(self, key, value, ttl=_MISSING):
        """Store ``value``; ``ttl`` overrides the cache default for this entry."""
        ttl = self.ttl if ttl is _MISSING else ttl
        expires_at = None if ttl is None else self.clock.now() + ttl
        self._data[key] = (value, expires_at)
        self._data.move_to_end(key)
        self._evict()

    def peek(self, key, default=None):
        """Value for ``key`` without touching recency (expired -> default)."""
        item = self._data.get(key, _MISSING)
        if item is _MISSING or self._expired(item[1]):
            return default
        return item[0]

    def delete(self, key):
        return self._data.pop(key, _MISSING) is not _MISSING

    def purge_expired(self):
        """Drop every expired entry; return how many were dropped."""
        dead = [k for k, (_, exp) in self._data.items() if self._expired(exp)]
        for k in dead:
            del self._data[k]
        return len(dead)

    def clear(self):
        self._data.clear()

    def keys(self):
        """Keys of live entries, least recently used first."""
        return [k for k, (_, exp) in self._data.items() if not self._expired(exp)]

    def __contains__(self, key):
        item = self._data.get(key, _MISSING)
        return item is not _MISSING and not self._expired(item[1])

    def __len__(self):
        return len(self._data)

    def __getitem__(self, key):
        found, value = self.lookup(key)
        if not found:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.set(key, value)

    def __delitem__(self, key):
        if not self.delete(key):
            raise KeyError(key)

    def __repr__(self):
        return "<LRUCache %d/%d>" % (len(self._data), self.max_size)
