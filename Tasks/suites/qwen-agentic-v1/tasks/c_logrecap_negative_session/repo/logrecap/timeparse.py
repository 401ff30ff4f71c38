"""Timestamp parsing for the log formats logrecap understands.

All results are naive datetimes in UTC.
"""

import re
from datetime import datetime, timedelta

MONTHS = {name: i for i, name in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}

# 2024-03-03T00:15:07Z, 2024-03-03T01:15:07+01:00, 2024-03-03T00:15:07.250Z
ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:\d{2})?$")
# 03/Mar/2024:00:15:07 +0000  (common log format)
CLF = re.compile(r"^(\d{2})/([A-Z][a-z]{2})/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$")
# 2024-03-03 12:15:07 AM  (appserver logs, always UTC)
CLOCK12 = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2}):(\d{2}) ([AP]M)$")


class TimestampError(ValueError):
    pass


def _offset(sign, hours, minutes):
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    return delta if sign == "+" else -delta


def _build(text, *parts):
    try:
        return datetime(*(int(p) for p in parts))
    except ValueError as exc:
        raise TimestampError(f"invalid timestamp {text!r}: {exc}") from None


def parse_iso(text):
    m = ISO.match(text)
    if not m:
        return None
    year, month, day, hour, minute, second, fraction, zone = m.groups()
    value = _build(text, year, month, day, hour, minute, second)
    if fraction:
        value = value.replace(microsecond=int(fraction.ljust(6, "0")))
    if zone and zone != "Z":
        value -= _offset(zone[0], zone[1:3], zone[4:6])
    return value


def parse_clf(text):
    m = CLF.match(text)
    if not m:
        return None
    day, month_name, year, hour, minute, second, sign, off_h, off_m = m.groups()
    if month_name not in MONTHS:
        raise TimestampError(f"invalid timestamp {text!r}: unknown month {month_name!r}")
    value = _build(text, year, MONTHS[month_name], day, hour, minute, second)
    return value - _offset(sign, off_h, off_m)


def parse_clock12(text):
    m = CLOCK12.match(text)
    if not m:
        return None
    year, month, day, hour, minute, second, half = m.groups()
    hour = int(hour)
    if not 1 <= hour <= 12:
        raise TimestampError(f"invalid timestamp {text!r}: hour {hour} on a 12-hour clock")
    if half == "PM" and hour != 12:
        hour += 12
    return _build(text, year, month, day, hour, minute, second)


PARSERS = (parse_iso, parse_clf, parse_clock12)


def parse_timestamp(text):
    text = text.strip()
    for parser in PARSERS:
        value = parser(text)
        if value is not None:
            return value
    raise TimestampError(f"unrecognised timestamp {text!r}")
