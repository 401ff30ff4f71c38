import contextlib
from collections.abc import MutableMapping
from typing import Any, Iterator, Mapping, Optional

_MISSING = object()


class TransactionalDict(MutableMapping):
    def __init__(self, data: Optional[Mapping] = None) -> None:
        self._data = dict(data or {})
        self._logs = []

    def _record(self, key):
        if self._logs:
            self._logs[-1].append((key, self._data.get(key, _MISSING)))

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._record(key)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        self._record(key)
        del self._data[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def begin(self):
        self._logs.append([])

    def commit(self):
        if not self._logs:
            raise RuntimeError("no open transaction")
        log = self._logs.pop()
        if self._logs:
            self._logs[-1].extend(log)

    def rollback(self):
        if not self._logs:
            raise RuntimeError("no open transaction")
        for key, old in reversed(self._logs.pop()):
            if old is _MISSING:
                self._data.pop(key, None)
            else:
                self._data[key] = old

    @property
    def depth(self):
        return len(self._logs)

    @contextlib.contextmanager
    def transaction(self):
        self.begin()
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            self.commit()
