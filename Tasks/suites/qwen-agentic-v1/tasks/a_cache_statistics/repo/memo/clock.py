"""Clocks.  Caches take a clock so tests can control time."""

import time


class MonotonicClock:
    def now(self):
        return time.monotonic()


class ManualClock:
    """A clock that only moves when told to."""

    def __init__(self, start=0.0):
        self._now = float(start)

    def now(self):
        return self._now

    def advance(self, seconds):
        if seconds < 0:
            raise ValueError("time only moves forward")
        self._now += seconds
