"""Times are whole minutes counted from an arbitrary epoch (Monday 00:00 of week 0).

Helpers to go between that and ``"d2 09:30"`` style text.
"""

import re

MINUTES_PER_DAY = 24 * 60
_TIME_RE = re.compile(r"^\s*(?:d(\d+)\s+)?(\d{1,2}):(\d{2})\s*$")


def parse_time(text):
    """``"09:30"`` -> 570, ``"d2 09:30"`` -> 2 * 1440 + 570."""
    m = _TIME_RE.match(text)
    if not m:
        raise ValueError("cannot read time %r (expected [dN ]HH:MM)" % (text,))
    day, hour, minute = int(m.group(1) or 0), int(m.group(2)), int(m.group(3))
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        raise ValueError("no such time %r" % (text,))
    return day * MINUTES_PER_DAY + hour * 60 + minute


def format_time(minutes):
    day, rest = divmod(minutes, MINUTES_PER_DAY)
    text = "%02d:%02d" % divmod(rest, 60)
    return "d%d %s" % (day, text) if day else text


def parse_interval(text):
    """``"09:00-10:30"`` or ``"d1 09:00-d1 10:30"`` -> ``(start, end)``."""
    left, sep, right = text.partition("-")
    if not sep:
        raise ValueError("an interval needs a '-': %r" % (text,))
    start = parse_time(left)
    right = right.strip()
    if not right.startswith("d") and left.strip().startswith("d"):
        right = left.strip().split()[0] + " " + right   # same day as the start
    end = parse_time(right)
    if end <= start:
        raise ValueError("interval ends before it starts: %r" % (text,))
    return start, end


def format_interval(interval):
    start, end = interval
    return "%s-%s" % (format_time(start), format_time(end))
