from typing import Any, Iterable, Iterator


class RingBuffer:
    def __init__(self, capacity: int) -> None:
        if not isinstance(capacity, int) or capacity < 1:
            raise ValueError("capacity must be an int >= 1")
        self.capacity = capacity
        self._slots = [None] * capacity
        self._start = 0
        self._size = 0

    def append(self, item: Any) -> None:
        end = (self._start + self._size) % self.capacity
        self._slots[end] = item
        if self._size == self.capacity:
            self._start = (self._start + 1) % self.capacity
        else:
            self._size += 1

    def extend(self, items: Iterable[Any]) -> None:
        for item in items:
            self.append(item)

    def clear(self) -> None:
        self._slots = [None] * self.capacity
        self._start = 0
        self._size = 0

    @property
    def full(self) -> bool:
        return self._size == self.capacity

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[Any]:
        for k in range(self._size):
            yield self._slots[(self._start + k) % self.capacity]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("ring buffer index out of range")
        return self._slots[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RingBuffer):
            return self.capacity == other.capacity and list(self) == list(other)
        if isinstance(other, list):
            return list(self) == other
        return NotImplemented
