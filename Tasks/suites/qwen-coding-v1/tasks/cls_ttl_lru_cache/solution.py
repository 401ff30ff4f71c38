from collections import OrderedDict
from typing import Any, Callable, Hashable, List, Optional


class TTLCache:
    def __init__(self, maxsize: int, ttl: float, clock: Callable[[], float]) -> None:
        if not isinstance(maxsize, int) or maxsize < 1:
            raise ValueError("maxsize must be an int >= 1")
        if not ttl > 0:
            raise ValueError("ttl must be > 0")
        self.maxsize = maxsize
        self.ttl = ttl
        self._clock = clock
        self._data = OrderedDict()

    def _expired(self, key, now):
        return now >= self._data[key][1]

    def _purge(self):
        now = self._clock()
        for key in [k for k in self._data if self._expired(k, now)]:
            del self._data[key]

    def set(self, key, value, ttl=None):
        if ttl is None:
            ttl = self.ttl
        elif not ttl > 0:
            raise ValueError("ttl must be > 0")
        now = self._clock()
        if key not in self._data and len(self._data) >= self.maxsize:
            self._purge()
            while len(self._data) >= self.maxsize:
                self._data.popitem(last=False)
        self._data[key] = (value, now + ttl)
        self._data.move_to_end(key)

    def _live(self, key):
        if key not in self._data:
            return False
        if self._expired(key, self._clock()):
            del self._data[key]
            return False
        return True

    def get(self, key, default=None):
        if not self._live(key):
            return default
        self._data.move_to_end(key)
        return self._data[key][0]

    def __contains__(self, key):
        return self._live(key)

    def __delitem__(self, key):
        if not self._live(key):
            raise KeyError(key)
        del self._data[key]

    def __len__(self):
        self._purge()
        return len(self._data)

    def keys(self) -> List[Hashable]:
        self._purge()
        return list(self._data)
