"""A priority queue of jobs ordered by due time (then by insertion order)."""

import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any, Dict


@dataclass
class Job:
    name: str
    payload: Dict[str, Any] = field(default_factory=dict)
    id: int = 0
    attempts: int = 0          # failed attempts so far
    last_error: str = ""


class JobQueue:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count(1)
        self._ids = itertools.count(1)

    def push(self, job, run_at=0.0):
        if not job.id:
            job.id = next(self._ids)
        heapq.heappush(self._heap, (run_at, next(self._counter), job))
        return job

    def submit(self, name, payload=None, run_at=0.0):
        return self.push(Job(name, dict(payload or {})), run_at)

    def pop_due(self, now):
        """Remove and return the first job due at ``now`` (None if none is due)."""
        if self._heap and self._heap[0][0] <= now:
            return heapq.heappop(self._heap)[2]
        return None

    def next_due(self):
        return self._heap[0][0] if self._heap else None

    def pending(self):
        """``(run_at, job)`` pairs in the order they would run."""
        return [(run_at, job) for run_at, _, job in sorted(self._heap, key=lambda e: (e[0], e[1]))]

    def __len__(self):
        return len(self._heap)
