import contextlib
from collections.abc import MutableMapping
from typing import Any, Iterator, Mapping, Optional


class TransactionalDict(MutableMapping):
    def __init__(self, data: Optional[Mapping] = None) -> None:
        self._data = dict(data or {})
        self._snapshots = []

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"TransactionalDict({self._data!r})"

    def begin(self):
        self._snapshots.append(dict(self._data))

    def commit(self):
        if not self._snapshots:
            raise RuntimeError("no open transaction")
        self._snapshots.pop()

    def rollback(self):
        if not self._snapshots:
            raise RuntimeError("no open transaction")
        self._data = self._snapshots.pop()

    @property
    def depth(self):
        return len(self._snapshots)

    @contextlib.contextmanager
    def transaction(self):
        self.begin()
        try:
            yield self
        except BaseException:
            self.rollback()
        else:
            self.commit()
