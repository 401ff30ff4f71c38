"""Per-key limiting: one bucket per client key, created on first use."""

import time
from dataclasses import dataclass
from typing import Optional

from .buckets import FixedWindowCounter, SlidingWindowLog, TokenBucket
from .policy import Policy, parse_policy


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: int
    retry_after: Optional[float]   # seconds; None when the request can never pass
    limit: int


def make_bucket(policy):
    if policy.algorithm == "bucket":
        return TokenBucket(policy.rate, policy.burst)
    if policy.algorithm == "window":
        return SlidingWindowLog(policy.limit, policy.period)
    if policy.algorithm == "fixed":
        return FixedWindowCounter(policy.limit, policy.period)
    raise ValueError("unknown algorithm %r" % (policy.algorithm,))


class RateLimiter:
    """Applies one policy per key.

    Keys that have not been seen for ``idle_ttl`` seconds are forgotten
    (their bucket is dropped) during the next ``check``.
    """

    def __init__(self, policy, idle_ttl=3600.0):
        self.policy = parse_policy(policy) if isinstance(policy, str) else policy
        if not isinstance(self.policy, Policy):
            raise TypeError("policy must be a Policy or a policy string")
        self.idle_ttl = idle_ttl
        self._buckets = {}
        self._last_seen = {}

    def _evict_idle(self, now):
        stale = [k for k, seen in self._last_seen.items() if now - seen > self.idle_ttl]
        for key in stale:
            del self._last_seen[key]
            del self._buckets[key]

    def check(self, key, cost=1):
        now = time.monotonic()
        self._evict_idle(now)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = make_bucket(self.policy)
        self._last_seen[key] = now
        allowed, retry_after = bucket.acquire(cost)
        return Decision(allowed, max(0, bucket.remaining()), retry_after, self.policy.limit)

    def tracked_keys(self):
        return sorted(self._buckets)

    def reset(self, key=None):
        if key is None:
            self._buckets.clear()
            self._last_seen.clear()
        else:
            self._buckets.pop(key, None)
            self._last_seen.pop(key, None)
