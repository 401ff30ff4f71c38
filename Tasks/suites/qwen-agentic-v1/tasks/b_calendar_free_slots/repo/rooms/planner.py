"""Meeting planner: calendars per person, loaded from simple text."""

from .availability import busy_minutes, first_common_slot, working_windows
from .timeutil import format_interval, parse_interval


class Planner:
    def __init__(self):
        self.calendars = {}   # person -> list of (start, end)

    def add_busy(self, person, interval):
        if isinstance(interval, str):
            interval = parse_interval(interval)
        self.calendars.setdefault(person, []).append(tuple(interval))

    def load_text(self, text):
        """Lines like ``alice: d0 09:00-10:00``; blank lines and ``#`` comments ignored."""
        for lineno, line in enumerate(text.splitlines(), start=1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            person, sep, interval = line.partition(":")
            if not sep:
                raise ValueError("line %d: expected 'person: interval'" % lineno)
            try:
                self.add_busy(person.strip(), interval.strip())
            except ValueError as exc:
                raise ValueError("line %d: %s" % (lineno, exc)) from None

    def suggest(self, people, length, first_day=0, last_day=4):
        """The earliest common slot as text, or None."""
        calendars = [self.calendars.get(p, []) for p in people]  # no calendar: always free
        slot = first_common_slot(calendars, working_windows(first_day, last_day), length)
        return format_interval(slot) if slot else None

    def load_report(self, first_day, last_day):
        """``{person: percent of working time that is booked}``."""
        windows = working_windows(first_day, last_day)
        total = sum(end - start for start, end in windows)
        report = {}
        for person, busy in sorted(self.calendars.items()):
            booked = sum(busy_minutes(busy, s, e) for s, e in windows)
            report[person] = round(100.0 * booked / total, 1) if total else 0.0
        return report
