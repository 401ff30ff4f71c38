"""Periodic tasks: run every ``interval`` seconds, backing off while they fail."""

from dataclasses import dataclass
from typing import Callable


@dataclass
class Periodic:
    name: str
    func: Callable[[], None]
    interval: float
    next_run: float = 0.0
    failures: int = 0          # consecutive failures
    paused: bool = False


class Scheduler:
    """Runs periodic callables.

    After n consecutive failures a task is retried after
    ``min(max_backoff, 2 ** n)`` seconds (or its normal interval, if that is
    shorter); after ``max_failures`` consecutive failures it is paused until
    ``resume`` is called.  A success resets the failure count.
    """

    def __init__(self, max_failures=5, max_backoff=300.0):
        self.max_failures = max_failures
        self.max_backoff = max_backoff
        self.tasks = {}

    def every(self, interval, name, func, start=0.0):
        if interval <= 0:
            raise ValueError("interval must be positive")
        self.tasks[name] = Periodic(name, func, float(interval), next_run=start)
        return self.tasks[name]

    def resume(self, name, now):
        task = self.tasks[name]
        task.paused = False
        task.failures = 0
        task.next_run = now

    def due(self, now):
        return sorted((t for t in self.tasks.values() if not t.paused and t.next_run <= now),
                      key=lambda t: (t.next_run, t.name))

    def tick(self, now):
        """Run every due task once; returns the names that ran, in order."""
        ran = []
        for task in self.due(now):
            ran.append(task.name)
            try:
                task.func()
            except Exception:
                task.failures += 1
                if task.failures >= self.max_failures:
                    task.paused = True
                    continue
                backoff = min(self.max_backoff, 2.0 ** task.failures)
                task.next_run = now + min(task.interval, backoff)
            else:
                task.failures = 0
                task.next_run = now + task.interval
        return ran
