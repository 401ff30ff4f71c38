"""jobsched - a tiny cron-style job scheduler."""

from .spec import CronSpec, SpecError, parse_spec
from .scheduler import Job, Scheduler
from .config import load_jobs, load_jobs_from_string

__all__ = [
    "CronSpec",
    "SpecError",
    "parse_spec",
    "Job",
    "Scheduler",
    "load_jobs",
    "load_jobs_from_string",
]
