"""Sliding-window rate-limit audit.

A request is *over the limit* when, counting the request itself, its client has
made more than `limit` requests in the window (t - window, t] ending at the
request's timestamp t. Requests are considered in time order; requests with the
same timestamp are taken in their original (log) order.
"""

from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Violation:
    index: int        # position of the request in the input
    client: str
    timestamp: float
    count: int        # requests of this client in the window, including this one


def window_counts(requests, window):
    """For every request (same order as the input), the number of requests its client made
    in (t - window, t], including the request itself."""
    if window <= 0:
        raise ValueError("window must be positive")
    ordered = sorted(range(len(requests)), key=lambda i: (requests[i][0], i))
    history = defaultdict(list)
    counts = [0] * len(requests)
    for i in ordered:
        timestamp, client = requests[i]
        past = history[client]
        counts[i] = 1 + sum(1 for t in past if t > timestamp - window)
        past.append(timestamp)
    return counts


def audit(requests, window, limit):
    """Violations (in time order) of a limit of `limit` requests per `window` seconds per client."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    counts = window_counts(requests, window)
    ordered = sorted(range(len(requests)), key=lambda i: (requests[i][0], i))
    return [Violation(i, requests[i][1], requests[i][0], counts[i]) for i in ordered if counts[i] > limit]


def peak_counts(requests, window):
    """{client: the highest window count any of its requests reached}."""
    peaks = {}
    for (_, client), count in zip(requests, window_counts(requests, window)):
        peaks[client] = max(peaks.get(client, 0), count)
    return peaks
