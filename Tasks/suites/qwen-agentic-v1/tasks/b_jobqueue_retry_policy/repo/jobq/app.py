"""Builds the worker and scheduler of an application from a config dict."""

from .queue import JobQueue
from .scheduler import Scheduler
from .worker import Worker

DEFAULTS = {"max_attempts": 5, "max_backoff": 300.0}


def build_app(config=None, handlers=None):
    """Returns ``(queue, worker, scheduler)``.

    Config keys: ``max_attempts`` (how many failures a job or a periodic task
    may have before giving up) and ``max_backoff`` (seconds).
    """
    settings = dict(DEFAULTS)
    settings.update(config or {})
    unknown = set(settings) - set(DEFAULTS)
    if unknown:
        raise KeyError("unknown config keys: %s" % ", ".join(sorted(unknown)))
    queue = JobQueue()
    worker = Worker(queue, handlers or {}, max_attempts=settings["max_attempts"],
                    max_backoff=settings["max_backoff"])
    scheduler = Scheduler(max_failures=settings["max_attempts"], max_backoff=settings["max_backoff"])
    return queue, worker, scheduler
