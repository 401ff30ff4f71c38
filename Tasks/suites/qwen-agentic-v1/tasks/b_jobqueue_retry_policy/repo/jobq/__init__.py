"""jobq: an in-process job queue with retries and periodic tasks."""

from .app import build_app
from .queue import Job, JobQueue
from .scheduler import Periodic, Scheduler
from .worker import Worker

__all__ = ["build_app", "Job", "JobQueue", "Periodic", "Scheduler", "Worker"]
