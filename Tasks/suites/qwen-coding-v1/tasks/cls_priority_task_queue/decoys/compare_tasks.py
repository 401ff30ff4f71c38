import heapq
from typing import Hashable, Iterator


class TaskQueue:
    def __init__(self) -> None:
        self._heap = []
        self._prio = {}

    def push(self, task, priority):
        if task in self._prio:
            raise ValueError(f"{task!r} is already queued")
        self._prio[task] = priority
        heapq.heappush(self._heap, (-priority, task))

    def _rebuild(self):
        self._heap = [(-p, t) for t, p in self._prio.items()]
        heapq.heapify(self._heap)

    def remove(self, task):
        if task not in self._prio:
            raise KeyError(task)
        del self._prio[task]
        self._rebuild()

    def update(self, task, priority):
        if task not in self._prio:
            raise KeyError(task)
        del self._prio[task]
        self._prio[task] = priority
        self._rebuild()

    def peek(self):
        if not self._heap:
            raise IndexError("peek at empty queue")
        return self._heap[0][1]

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty queue")
        _, task = heapq.heappop(self._heap)
        del self._prio[task]
        return task

    def priority_of(self, task):
        return self._prio[task]

    def __len__(self):
        return len(self._prio)

    def __bool__(self):
        return bool(self._prio)

    def __contains__(self, task):
        return task in self._prio

    def __iter__(self) -> Iterator[Hashable]:
        return iter([t for _, t in sorted(self._heap)])
