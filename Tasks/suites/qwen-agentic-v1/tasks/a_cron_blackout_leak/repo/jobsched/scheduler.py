"""Computing upcoming run times for a set of jobs."""

from datetime import datetime, timedelta

MAX_SEARCH_DAYS = 366 * 5


class Job:
    def __init__(self, name, spec, command=""):
        self.name = name
        self.spec = spec
        self.command = command

    def next_run(self, after):
        """First minute strictly after ``after`` at which the job fires."""
        return next_fire_time(self.spec, after)

    def __repr__(self):
        return "Job(%r, %r)" % (self.name, self.spec)


def _first_time_in_day(spec, day_start, not_before):
    for hour in sorted(spec.hours):
        for minute in sorted(spec.minutes):
            candidate = day_start.replace(hour=hour, minute=minute)
            if candidate >= not_before:
                return candidate
    return None


def next_fire_time(spec, after):
    start = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    day = start.replace(hour=0, minute=0)
    for _ in range(MAX_SEARCH_DAYS):
        if spec.matches_day(day):
            found = _first_time_in_day(spec, day, start)
            if found is not None:
                return found
        day = day + timedelta(days=1)
    raise ValueError("%r never fires within %d days" % (spec, MAX_SEARCH_DAYS))


class Scheduler:
    """Holds jobs and answers 'what runs next' questions."""

    def __init__(self, jobs=()):
        self.jobs = {}
        for job in jobs:
            self.add(job)

    def add(self, job):
        if job.name in self.jobs:
            raise ValueError("duplicate job name %r" % job.name)
        self.jobs[job.name] = job

    def next_runs(self, after):
        """Mapping of job name to its next fire time after ``after``."""
        return {name: job.next_run(after) for name, job in self.jobs.items()}

    def upcoming(self, after, until):
        """All (time, job name) pairs in (after, until], in time order."""
        events = []
        for name, job in self.jobs.items():
            t = after
            while True:
                t = job.next_run(t)
                if t > until:
                    break
                events.append((t, name))
        events.sort()
        return events

    def agenda(self, after, count=10):
        """The next ``count`` runs across all jobs."""
        horizon = after + timedelta(days=1)
        events = self.upcoming(after, horizon)
        while len(events) < count and horizon - after < timedelta(days=MAX_SEARCH_DAYS):
            horizon = horizon + (horizon - after)
            events = self.upcoming(after, horizon)
        return events[:count]


def format_agenda(events):
    lines = []
    for when, name in events:
        lines.append("%s  %s" % (when.strftime("%Y-%m-%d %a %H:%M"), name))
    return "\n".join(lines)


def parse_timestamp(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M")
