"""The three limiting algorithms. Each offers ``acquire(cost) -> (allowed, retry_after)``."""

import time
from collections import deque


class TokenBucket:
    """Refills ``rate`` tokens per second up to ``capacity``; a request spends ``cost`` tokens."""

    def __init__(self, rate, capacity):
        if rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = float(rate)
        self.capacity = float(capacity)
        self.tokens = float(capacity)
        self.updated = time.monotonic()

    def _refill(self):
        now = time.monotonic()
        elapsed = max(0.0, now - self.updated)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.updated = now

    def acquire(self, cost=1):
        if cost > self.capacity:
            return False, None  # can never succeed
        self._refill()
        if self.tokens >= cost:
            self.tokens -= cost
            return True, 0.0
        return False, (cost - self.tokens) / self.rate

    def remaining(self):
        self._refill()
        return int(self.tokens)


class SlidingWindowLog:
    """At most ``limit`` units of cost within any ``window`` seconds."""

    def __init__(self, limit, window):
        if limit <= 0 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = float(window)
        self.log = deque()  # (timestamp, cost)
        self.used = 0

    def _expire(self, now):
        while self.log and self.log[0][0] <= now - self.window:
            _, cost = self.log.popleft()
            self.used -= cost

    def acquire(self, cost=1):
        if cost > self.limit:
            return False, None
        now = time.monotonic()
        self._expire(now)
        if self.used + cost <= self.limit:
            self.log.append((now, cost))
            self.used += cost
            return True, 0.0
        # wait until enough of the oldest entries have left the window
        freed = 0
        for stamp, spent in self.log:
            freed += spent
            if self.used - freed + cost <= self.limit:
                return False, stamp + self.window - now
        return False, self.window

    def remaining(self):
        self._expire(time.monotonic())
        return self.limit - self.used


class FixedWindowCounter:
    """At most ``limit`` units per calendar-aligned window of ``window`` seconds."""

    def __init__(self, limit, window):
        if limit <= 0 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = float(window)
        self.current = None
        self.count = 0

    def _roll(self, now):
        index = int(now // self.window)
        if index != self.current:
            self.current = index
            self.count = 0
        return index

    def acquire(self, cost=1):
        if cost > self.limit:
            return False, None
        now = time.time()
        index = self._roll(now)
        if self.count + cost <= self.limit:
            self.count += cost
            return True, 0.0
        return False, (index + 1) * self.window - now

    def remaining(self):
        self._roll(time.time())
        return self.limit - self.count
