"""Stable bucketing for percentage rollouts."""

import hashlib

BUCKETS = 10000


def bucket(salt, key):
    """Map (salt, key) to a bucket in [0, BUCKETS), stable across runs and machines."""
    digest = hashlib.sha256(f"{salt}:{key}".encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % BUCKETS


def in_rollout(salt, key, percent):
    """True for roughly `percent`% of keys; raising the percentage only adds keys."""
    return bucket(salt, key) < round(percent * BUCKETS / 100)
