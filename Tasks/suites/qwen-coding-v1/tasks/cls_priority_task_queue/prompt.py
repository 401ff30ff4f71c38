from typing import Hashable, Iterator


class TaskQueue:
    """A priority queue of distinct hashable tasks.

    Higher priority values come out first; among equal priorities the task that
    was pushed (or re-prioritised) earliest comes out first. Tasks themselves
    are never compared with each other, so they need not be orderable.

    - ``push(task, priority)``: ValueError if the task is already queued.
    - ``pop()``: remove and return the next task; IndexError when empty.
      ``peek()``: return it without removing; IndexError when empty.
    - ``update(task, priority)``: change a queued task's priority (KeyError if not
      queued). Its position among equal priorities is as if it had just been
      pushed, even when the priority is unchanged.
    - ``remove(task)``: remove a queued task; KeyError if not queued.
    - ``priority_of(task)``: its priority; KeyError if not queued.
    - ``len(q)``, ``bool(q)``, ``task in q``.
    - Iterating yields the queued tasks in the order ``pop`` would return them,
      without modifying the queue.

    >>> q = TaskQueue()
    >>> q.push("zeta", 1); q.push("alpha", 1); q.push("mid", 5)
    >>> list(q)
    ['mid', 'zeta', 'alpha']
    >>> q.update("zeta", 1); q.pop(), q.pop(), len(q)
    ('mid', 'alpha', 1)
    """

    def __init__(self) -> None:
        """Create an empty queue."""

    def push(self, task: Hashable, priority: float) -> None:
        """Add a new task."""

    def pop(self) -> Hashable:
        """Remove and return the next task."""

    def peek(self) -> Hashable:
        """Return the next task without removing it."""

    def update(self, task: Hashable, priority: float) -> None:
        """Change the priority of a queued task."""

    def remove(self, task: Hashable) -> None:
        """Remove a queued task."""

    def priority_of(self, task: Hashable) -> float:
        """Priority of a queued task."""

    def __len__(self) -> int:
        """Number of queued tasks."""

    def __bool__(self) -> bool:
        """True when not empty."""

    def __contains__(self, task: object) -> bool:
        """True if task is queued."""

    def __iter__(self) -> Iterator[Hashable]:
        """Tasks in pop order, non-destructively."""
