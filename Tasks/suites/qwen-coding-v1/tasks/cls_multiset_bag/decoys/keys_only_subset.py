from typing import Hashable, Iterable, Iterator


class Bag:
    def __init__(self, iterable: Iterable[Hashable] = ()) -> None:
        self._c = {}
        for item in iterable:
            self.add(item)

    @classmethod
    def _from_counts(cls, counts):
        bag = cls()
        bag._c = {k: v for k, v in counts.items() if v > 0}
        return bag

    def add(self, item, n=1):
        if not isinstance(n, int) or n < 1:
            raise ValueError("n must be an int >= 1")
        self._c[item] = self._c.get(item, 0) + n

    def discard(self, item, n=1):
        if item in self._c:
            left = self._c[item] - n
            if left > 0:
                self._c[item] = left
            else:
                del self._c[item]

    def count(self, item):
        return self._c.get(item, 0)

    def distinct(self):
        return len(self._c)

    def __len__(self):
        return sum(self._c.values())

    def __contains__(self, item):
        return item in self._c

    def __iter__(self) -> Iterator[Hashable]:
        for item, n in list(self._c.items()):
            for _ in range(n):
                yield item

    def _merge(self, other, op):
        keys = list(self._c) + [k for k in other._c if k not in self._c]
        return Bag._from_counts({k: op(self._c.get(k, 0), other._c.get(k, 0)) for k in keys})

    def __add__(self, other):
        if not isinstance(other, Bag):
            return NotImplemented
        return self._merge(other, lambda a, b: a + b)

    def __sub__(self, other):
        if not isinstance(other, Bag):
            return NotImplemented
        return self._merge(other, lambda a, b: a - b)

    def __and__(self, other):
        if not isinstance(other, Bag):
            return NotImplemented
        return self._merge(other, min)

    def __or__(self, other):
        if not isinstance(other, Bag):
            return NotImplemented
        return self._merge(other, max)

    def __eq__(self, other):
        if not isinstance(other, Bag):
            return NotImplemented
        return self._c == other._c

    def __le__(self, other):
        if not isinstance(other, Bag):
            return NotImplemented
        return all(k in other._c for k in self._c)
