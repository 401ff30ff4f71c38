from collections import deque
from typing import Any, Iterable, List


class Peekable:
    def __init__(self, iterable: Iterable[Any]) -> None:
        self._it = iter(iterable)
        self._buf = deque()

    def __iter__(self):
        return self

    def _fill(self, n):
        while len(self._buf) < n:
            try:
                self._buf.append(next(self._it))
            except StopIteration:
                return False
        return True

    def __next__(self):
        if self._buf:
            return self._buf.popleft()
        return next(self._it)

    def peek(self, *default):
        if len(default) > 1:
            raise TypeError("peek takes at most one default")
        if self._fill(1):
            return self._buf[0]
        if default:
            return default[0]
        raise StopIteration

    def peek_n(self, n):
        if n < 0:
            raise ValueError("n must be >= 0")
        self._fill(n)
        return list(self._buf)[:n]

    def prepend(self, *items):
        head = list(self._buf)
        self._buf.clear()
        if head:
            self._buf.append(head.pop(0))
        self._buf.extend(items)
        self._buf.extend(head)

    def __bool__(self):
        return self._fill(1)
