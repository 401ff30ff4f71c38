import heapq
import itertools
from typing import Hashable, Iterator


class TaskQueue:
    def __init__(self) -> None:
        self._heap = []
        self._entries = {}
        self._seq = itertools.count()

    def _add(self, task, priority):
        entry = [-priority, -next(self._seq), task, True]
        self._entries[task] = entry
        heapq.heappush(self._heap, entry)

    def push(self, task, priority):
        if task in self._entries:
            raise ValueError(f"{task!r} is already queued")
        self._add(task, priority)

    def _drop(self, task):
        entry = self._entries.pop(task)
        entry[3] = False

    def remove(self, task):
        if task not in self._entries:
            raise KeyError(task)
        self._drop(task)

    def update(self, task, priority):
        if task not in self._entries:
            raise KeyError(task)
        self._drop(task)
        self._add(task, priority)

    def _clean(self):
        while self._heap and not self._heap[0][3]:
            heapq.heappop(self._heap)

    def peek(self):
        self._clean()
        if not self._heap:
            raise IndexError("peek at empty queue")
        return self._heap[0][2]

    def pop(self):
        self._clean()
        if not self._heap:
            raise IndexError("pop from empty queue")
        entry = heapq.heappop(self._heap)
        del self._entries[entry[2]]
        return entry[2]

    def priority_of(self, task):
        return -self._entries[task][0]

    def __len__(self):
        return len(self._entries)

    def __bool__(self):
        return bool(self._entries)

    def __contains__(self, task):
        return task in self._entries

    def __iter__(self) -> Iterator[Hashable]:
        ordered = sorted(self._entries.values(), key=lambda e: (e[0], e[1]))
        return iter([e[2] for e in ordered])
