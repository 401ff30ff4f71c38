"""Runs due jobs, retrying failures with exponential back-off."""

import logging

log = logging.getLogger(__name__)


class Worker:
    """Executes jobs from a queue with ``handlers[job.name](payload)``.

    A failing job is retried: after its n-th failure it waits
    ``min(max_backoff, 2 ** n)`` seconds; after ``max_attempts`` failures it
    is moved to ``dead_letters`` instead.
    """

    def __init__(self, queue, handlers, max_attempts=5, max_backoff=300.0):
        self.queue = queue
        self.handlers = dict(handlers)
        self.max_attempts = max_attempts
        self.max_backoff = max_backoff
        self.dead_letters = []
        self.completed = []

    def run_once(self, now):
        """Run at most one due job; returns it (or None when nothing was due)."""
        job = self.queue.pop_due(now)
        if job is None:
            return None
        handler = self.handlers.get(job.name)
        try:
            if handler is None:
                raise LookupError("no handler for job %r" % job.name)
            handler(job.payload)
        except Exception as exc:  # a failing job must not stop the worker
            self._failed(job, exc, now)
        else:
            self.completed.append(job)
        return job

    def _failed(self, job, exc, now):
        job.attempts += 1
        job.last_error = "%s: %s" % (type(exc).__name__, exc)
        if job.attempts >= self.max_attempts:
            log.warning("job %s (%s) gave up after %d attempts", job.id, job.name, job.attempts)
            self.dead_letters.append(job)
            return
        delay = min(self.max_backoff, 2.0 ** job.attempts)
        self.queue.push(job, now + delay)

    def run_until_idle(self, now, limit=10_000):
        """Run every job due at ``now``; returns how many ran."""
        count = 0
        while count < limit and self.run_once(now) is not None:
            count += 1
        return count
