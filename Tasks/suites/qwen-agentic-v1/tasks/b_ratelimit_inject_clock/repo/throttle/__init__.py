"""throttle: rate limiting for request handlers."""

from .buckets import FixedWindowCounter, SlidingWindowLog, TokenBucket
from .limiter import Decision, RateLimiter
from .middleware import ThrottleMiddleware
from .policy import Policy, PolicyError, parse_policy

__all__ = ["FixedWindowCounter", "SlidingWindowLog", "TokenBucket", "Decision", "RateLimiter",
           "ThrottleMiddleware", "Policy", "PolicyError", "parse_policy"]
