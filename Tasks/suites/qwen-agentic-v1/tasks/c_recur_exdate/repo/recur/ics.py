"""Read VEVENT blocks from iCalendar text."""

from dataclasses import dataclass
from datetime import datetime, timedelta
import re

from recur.rrule import RecurrenceSet, RuleError, parse_datetime, parse_rule

_DURATION = re.compile(r"^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


class CalendarError(ValueError):
    """Malformed calendar text; the message names the line."""


@dataclass
class Event:
    uid: str
    summary: str
    start: datetime
    duration: timedelta
    recurrence: RecurrenceSet

    def occurrences(self, start, end):
        """(begin, end) pairs of the occurrences that begin in [start, end)."""
        return [(when, when + self.duration) for when in self.recurrence.between(start, end)]


def unfold(text):
    """Join continuation lines (lines starting with a space or tab) to their predecessor."""
    lines = []
    for raw in text.splitlines():
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + raw[1:])
        elif raw.strip():
            lines.append((len(lines) + 1, raw))
    return lines


def split_property(line):
    """'DTSTART;TZID=Europe/Paris:20240101T090000' -> ('DTSTART', {'TZID': 'Europe/Paris'}, '2024...')."""
    head, sep, value = line.partition(":")
    if not sep:
        raise ValueError("missing ':'")
    name, *params = head.split(";")
    parsed = {}
    for param in params:
        key, eq, val = param.partition("=")
        if not eq:
            raise ValueError(f"malformed parameter {param!r}")
        parsed[key.upper()] = val.strip('"')
    return name.upper(), parsed, value


def parse_duration(text):
    m = _DURATION.match(text.strip())
    if not m or not any(m.groups()):
        raise ValueError(f"invalid duration {text!r}")
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in m.groups())
    return timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)


def _as_datetime(value):
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, datetime.min.time())


def _build_event(props, rdates, lineno):
    if "DTSTART" not in props:
        raise CalendarError(f"line {lineno}: VEVENT without DTSTART")
    start = _as_datetime(parse_datetime(props["DTSTART"]))
    if "DURATION" in props:
        duration = parse_duration(props["DURATION"])
    elif "DTEND" in props:
        duration = _as_datetime(parse_datetime(props["DTEND"])) - start
    else:
        duration = timedelta(0)
    rule = parse_rule(props["RRULE"]) if "RRULE" in props else None
    recurrence = RecurrenceSet(start, rule, rdates=[_as_datetime(d) for d in rdates])
    return Event(uid=props.get("UID", f"event-{lineno}"), summary=props.get("SUMMARY", ""),
                 start=start, duration=duration, recurrence=recurrence)


def parse_calendar(text):
    """Return the list of Event objects found in `text`."""
    events = []
    props = rdates = None
    begin_line = 0
    for lineno, line in unfold(text):
        try:
            name, params, value = split_property(line)
        except ValueError as exc:
            raise CalendarError(f"line {lineno}: {exc}") from None
        if name == "BEGIN" and value.upper() == "VEVENT":
            if props is not None:
                raise CalendarError(f"line {lineno}: nested VEVENT")
            props, rdates, begin_line = {}, [], lineno
            continue
        if name == "END" and value.upper() == "VEVENT":
            if props is None:
                raise CalendarError(f"line {lineno}: END:VEVENT without BEGIN")
            try:
                events.append(_build_event(props, rdates, begin_line))
            except (RuleError, ValueError) as exc:
                raise CalendarError(f"event starting on line {begin_line}: {exc}") from None
            props = rdates = None
            continue
        if props is None:
            continue  # VCALENDAR-level properties are not needed
        try:
            if name == "RDATE":
                rdates.extend(parse_datetime(v) for v in value.split(","))
            elif name in ("UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE"):
                if name in props:
                    raise CalendarError(f"line {lineno}: {name} given twice")
                props[name] = value
        except RuleError as exc:
            raise CalendarError(f"line {lineno}: {exc}") from None
    if props is not None:
        raise CalendarError("unterminated VEVENT")
    return events
