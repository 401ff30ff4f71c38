"""Wraps a request handler (``handler(request) -> response``) with rate limiting.

Requests and responses are plain dicts; responses have ``status``,
``headers`` and ``body``.
"""

import math


def client_ip(request):
    forwarded = request.get("headers", {}).get("X-Forwarded-For")
    if forwarded:
        return forwarded.split(",")[0].strip()
    return request.get("remote_addr", "unknown")


class ThrottleMiddleware:
    def __init__(self, handler, limiter, key_func=client_ip, cost_func=None, exempt=()):
        self.handler = handler
        self.limiter = limiter
        self.key_func = key_func
        self.cost_func = cost_func or (lambda request: 1)
        self.exempt = set(exempt)

    def __call__(self, request):
        key = self.key_func(request)
        if key in self.exempt:
            return self.handler(request)
        decision = self.limiter.check(key, self.cost_func(request))
        headers = {"X-RateLimit-Limit": str(decision.limit), "X-RateLimit-Remaining": str(decision.remaining)}
        if not decision.allowed:
            if decision.retry_after is None:
                return {"status": 413, "headers": headers, "body": "request too expensive for the rate limit"}
            headers["Retry-After"] = str(max(1, math.ceil(decision.retry_after)))
            return {"status": 429, "headers": headers, "body": "too many requests"}
        response = self.handler(request)
        response.setdefault("headers", {}).update(headers)
        return response
