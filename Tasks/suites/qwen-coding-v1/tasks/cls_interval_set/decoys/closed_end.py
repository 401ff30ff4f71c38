import bisect
from typing import Iterable, Iterator, Optional, Tuple


class IntervalSet:
    def __init__(self, intervals: Iterable[Tuple[float, float]] = ()) -> None:
        self._iv = []
        for start, end in intervals:
            self.add(start, end)

    @staticmethod
    def _check(start, end):
        if not start < end:
            raise ValueError("start must be < end")

    def add(self, start, end):
        self._check(start, end)
        kept = []
        for s, e in self._iv:
            if e < start or s > end:
                kept.append((s, e))
            else:
                start, end = min(s, start), max(e, end)
        kept.append((start, end))
        kept.sort()
        self._iv = kept

    def remove(self, start, end):
        self._check(start, end)
        kept = []
        for s, e in self._iv:
            if e <= start or s >= end:
                kept.append((s, e))
                continue
            if s < start:
                kept.append((s, start))
            if e > end:
                kept.append((end, e))
        self._iv = kept

    def __contains__(self, x):
        i = bisect.bisect_right(self._iv, (x, float("inf"))) - 1
        return any(s <= x <= e for s, e in self._iv)

    def __len__(self):
        return len(self._iv)

    def __iter__(self):
        return iter(list(self._iv))

    def __bool__(self):
        return bool(self._iv)

    def __eq__(self, other):
        if not isinstance(other, IntervalSet):
            return NotImplemented
        return self._iv == other._iv

    def total_length(self):
        return sum(e - s for s, e in self._iv)

    def span(self):
        if not self._iv:
            return None
        return (self._iv[0][0], self._iv[-1][1])
