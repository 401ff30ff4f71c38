"""memo - a small LRU cache with optional expiry, and a memoizing decorator."""

from .clock import ManualClock, MonotonicClock
from .lru import LRUCache
from .decorator import cached, make_key

__all__ = ["ManualClock", "MonotonicClock", "LRUCache", "cached", "make_key"]
