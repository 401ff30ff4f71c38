"""Memoizing decorator built on :class:`LRUCache`."""

import functools

from .lru import LRUCache

_KWARGS_MARK = ("__kwargs__",)


def make_key(args, kwargs, typed=False):
    """Hashable key for a call.  Keyword order does not matter."""
    key = tuple(args)
    if kwargs:
        key += _KWARGS_MARK + tuple(sorted(kwargs.items()))
    if typed:
        key += tuple(type(a) for a in args)
        key += tuple(type(v) for _, v in sorted(kwargs.items()))
    return key


def cached(max_size=128, ttl=None, clock=None, typed=False, cache=None):
    """Decorator caching results of a function by its arguments.

    The wrapped function gains ``cache`` (the :class:`LRUCache`),
    ``cache_clear()`` and ``uncached`` (the original function).  Exceptions
    are not cached.
    """
    def decorate(fn):
        store = cache if cache is not None else LRUCache(max_size, ttl, clock)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = make_key(args, kwargs, typed)
            found, value = store.lookup(key)
            if found:
                return value
            value = fn(*args, **kwargs)
            store.set(key, value)
            return value

        wrapper.cache = store
        wrapper.cache_clear = store.clear
        wrapper.uncached = fn
        return wrapper

    return decorate
