"""Recurrence rules (a practical subset of RFC 5545 RRULE) and recurrence sets.

Supported rule parts: FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL, COUNT,
UNTIL, BYDAY (with ordinals such as 2TU or -1FR for MONTHLY/YEARLY), BYMONTHDAY
(negative values count from the end of the month), BYMONTH and BYSETPOS.

All date-times are naive ("floating") datetime objects.
"""

import calendar
import heapq
from dataclasses import dataclass
from datetime import date, datetime, timedelta

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# give up on a rule after this long without an occurrence (it can never match again,
# e.g. BYMONTHDAY=30;BYMONTH=2); long enough for Feb 29 across a skipped leap year
MAX_GAP = timedelta(days=366 * 9)


class RuleError(ValueError):
    """A malformed RRULE or date-time value."""


@dataclass(frozen=True)
class WeekdaySpec:
    weekday: int  # 0 = Monday
    ordinal: int = None  # e.g. 2 for "2TU", -1 for "-1FR", None for plain "TU"

    def __str__(self):
        return f"{'' if self.ordinal is None else self.ordinal}{WEEKDAYS[self.weekday]}"


@dataclass(frozen=True)
class Rule:
    freq: str
    interval: int = 1
    count: int = None
    until: datetime = None
    byday: tuple = ()
    bymonthday: tuple = ()
    bymonth: tuple = ()
    bysetpos: tuple = ()

    def __str__(self):
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.until is not None:
            parts.append(f"UNTIL={format_datetime(self.until)}")
        for name, values in (("BYDAY", self.byday), ("BYMONTHDAY", self.bymonthday),
                             ("BYMONTH", self.bymonth), ("BYSETPOS", self.bysetpos)):
            if values:
                parts.append(f"{name}={','.join(str(v) for v in values)}")
        return ";".join(parts)


# ---------------------------------------------------------------- parsing

def parse_datetime(text):
    """Parse '20240110T093000' (a datetime) or '20240110' (a date)."""
    text = text.strip().rstrip("Z")
    try:
        if "T" in text:
            return datetime.strptime(text, "%Y%m%dT%H%M%S")
        return datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        raise RuleError(f"invalid date-time {text!r}") from None


def format_datetime(value):
    if isinstance(value, datetime):
        return value.strftime("%Y%m%dT%H%M%S")
    return value.strftime("%Y%m%d")


def _int_list(name, text, low, high, allow_negative=False):
    values = []
    for part in text.split(","):
        try:
            number = int(part)
        except ValueError:
            raise RuleError(f"{name}: {part!r} is not an integer") from None
        magnitude = abs(number) if allow_negative else number
        if not low <= magnitude <= high or (not allow_negative and number < 0):
            raise RuleError(f"{name}: {number} is out of range")
        values.append(number)
    return tuple(values)


def _weekday_list(text):
    specs = []
    for part in text.split(","):
        part = part.strip().upper()
        code, prefix = part[-2:], part[:-2]
        if code not in WEEKDAYS:
            raise RuleError(f"BYDAY: unknown weekday {part!r}")
        ordinal = None
        if prefix:
            try:
                ordinal = int(prefix)
            except ValueError:
                raise RuleError(f"BYDAY: bad ordinal in {part!r}") from None
            if ordinal == 0 or abs(ordinal) > 53:
                raise RuleError(f"BYDAY: ordinal out of range in {part!r}")
        specs.append(WeekdaySpec(WEEKDAYS.index(code), ordinal))
    return tuple(specs)


def parse_rule(text):
    """Parse 'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10' into a Rule."""
    parts = {}
    for item in text.strip().split(";"):
        if not item:
            continue
        key, sep, value = item.partition("=")
        key = key.strip().upper()
        if not sep or not value:
            raise RuleError(f"malformed rule part {item!r}")
        if key in parts:
            raise RuleError(f"{key} given twice")
        parts[key] = value.strip()
    if "FREQ" not in parts:
        raise RuleError("FREQ is required")
    freq = parts.pop("FREQ").upper()
    if freq not in FREQUENCIES:
        raise RuleError(f"unsupported FREQ {freq!r}")
    kwargs = {"freq": freq}
    if "INTERVAL" in parts:
        kwargs["interval"] = _int_list("INTERVAL", parts.pop("INTERVAL"), 1, 1000)[0]
    if "COUNT" in parts:
        kwargs["count"] = _int_list("COUNT", parts.pop("COUNT"), 1, 100000)[0]
    if "UNTIL" in parts:
        until = parse_datetime(parts.pop("UNTIL"))
        if not isinstance(until, datetime):
            until = datetime.combine(until, datetime.max.time())
        kwargs["until"] = until
    if "count" in kwargs and "until" in kwargs:
        raise RuleError("COUNT and UNTIL cannot both be given")
    if "BYDAY" in parts:
        kwargs["byday"] = _weekday_list(parts.pop("BYDAY"))
        if freq in ("DAILY", "WEEKLY") and any(s.ordinal is not None for s in kwargs["byday"]):
            raise RuleError(f"BYDAY ordinals are not allowed with FREQ={freq}")
    if "BYMONTHDAY" in parts:
        kwargs["bymonthday"] = _int_list("BYMONTHDAY", parts.pop("BYMONTHDAY"), 1, 31, allow_negative=True)
    if "BYMONTH" in parts:
        kwargs["bymonth"] = _int_list("BYMONTH", parts.pop("BYMONTH"), 1, 12)
    if "BYSETPOS" in parts:
        kwargs["bysetpos"] = _int_list("BYSETPOS", parts.pop("BYSETPOS"), 1, 366, allow_negative=True)
    if parts:
        raise RuleError(f"unsupported rule part(s): {', '.join(sorted(parts))}")
    return Rule(**kwargs)


_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last", -2: "second to last"}
_UNIT = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}


def describe(rule):
    """A short English description, e.g. 'every 2 weeks on Mon, Wed, 10 times'."""
    unit = _UNIT[rule.freq]
    text = f"every {unit}" if rule.interval == 1 else f"every {rule.interval} {unit}s"
    if rule.byday:
        names = []
        for spec in rule.byday:
            name = calendar.day_abbr[spec.weekday]
            if spec.ordinal is not None:
                name = f"{_ORDINALS.get(spec.ordinal, f'#{spec.ordinal}')} {name}"
            names.append(name)
        text += " on " + ", ".join(names)
    if rule.bymonthday:
        text += " on day " + ", ".join(str(d) for d in rule.bymonthday)
    if rule.bymonth:
        text += " in " + ", ".join(calendar.month_abbr[m] for m in rule.bymonth)
    if rule.count is not None:
        text += f", {rule.count} times"
    if rule.until is not None:
        text += f", until {rule.until:%Y-%m-%d}"
    return text


# ---------------------------------------------------------------- expansion

def _add_months(year, month, delta):
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _period_days(rule, dtstart, n):
    """All days of the n-th period (counting from the period containing dtstart)."""
    start = dtstart.date()
    if rule.freq == "DAILY":
        return [start + timedelta(days=n * rule.interval)]
    if rule.freq == "WEEKLY":
        monday = start - timedelta(days=start.weekday()) + timedelta(weeks=n * rule.interval)
        return [monday + timedelta(days=i) for i in range(7)]
    if rule.freq == "MONTHLY":
        year, month = _add_months(start.year, start.month, n * rule.interval)
        size = calendar.monthrange(year, month)[1]
        return [date(year, month, d) for d in range(1, size + 1)]
    year = start.year + n * rule.interval
    return [date(year, 1, 1) + timedelta(days=i) for i in range(366 if calendar.isleap(year) else 365)]


def _matches_weekday(day, spec, days):
    if day.weekday() != spec.weekday:
        return False
    if spec.ordinal is None:
        return True
    same = [d for d in days if d.weekday() == spec.weekday]
    index = same.index(day)
    return index == spec.ordinal - 1 if spec.ordinal > 0 else index - len(same) == spec.ordinal


def _candidates(rule, dtstart, days):
    start = dtstart.date()
    if rule.bymonth:
        days = [d for d in days if d.month in rule.bymonth]
    if rule.bymonthday:
        def month_day_ok(d):
            size = calendar.monthrange(d.year, d.month)[1]
            return any(d.day == (md if md > 0 else size + md + 1) for md in rule.bymonthday)
        days = [d for d in days if month_day_ok(d)]
    if rule.byday:
        if rule.freq == "YEARLY" and rule.bymonth:
            # ordinals count within each month when BYMONTH is given
            months = {}
            for d in days:
                months.setdefault(d.month, []).append(d)
            days = [d for d in days if any(_matches_weekday(d, s, months[d.month]) for s in rule.byday)]
        else:
            pool = list(days)
            days = [d for d in days if any(_matches_weekday(d, s, pool) for s in rule.byday)]
    elif not rule.bymonthday:
        # no BY* day filter: keep the day that corresponds to DTSTART
        if rule.freq == "WEEKLY":
            days = [d for d in days if d.weekday() == start.weekday()]
        elif rule.freq == "MONTHLY":
            days = [d for d in days if d.day == start.day]
        elif rule.freq == "YEARLY":
            days = [d for d in days if (d.month, d.day) == (start.month, start.day)]
    result = [datetime.combine(d, dtstart.time()) for d in days]
    if rule.bysetpos:
        picked = []
        for pos in rule.bysetpos:
            index = pos - 1 if pos > 0 else len(result) + pos
            if 0 <= index < len(result):
                picked.append(result[index])
        result = sorted(set(picked))
    return result


def iter_rule(rule, dtstart):
    """Yield the occurrences of `rule` from `dtstart` on, in order."""
    produced = 0
    last_found = dtstart.date()
    n = 0
    while True:
        days = _period_days(rule, dtstart, n)
        found = [c for c in _candidates(rule, dtstart, days) if c >= dtstart]
        n += 1
        if not found:
            if days[0] - last_found > MAX_GAP:
                return
            continue
        last_found = found[-1].date()
        for occurrence in found:
            if rule.until is not None and occurrence > rule.until:
                return
            yield occurrence
            produced += 1
            if rule.count is not None and produced >= rule.count:
                return


class RecurrenceSet:
    """DTSTART plus an optional rule plus extra dates (RDATE)."""

    def __init__(self, dtstart, rule=None, rdates=()):
        self.dtstart = dtstart
        self.rule = rule
        self.rdates = sorted(set(rdates))

    def __iter__(self):
        sources = [iter(self.rdates)]
        if self.rule is not None:
            sources.append(iter_rule(self.rule, self.dtstart))
        else:
            sources.append(iter([self.dtstart]))
        previous = None
        for occurrence in heapq.merge(*sources):
            if occurrence != previous:
                yield occurrence
            previous = occurrence

    def between(self, start, end):
        """Occurrences in the half-open range [start, end)."""
        result = []
        for occurrence in self:
            if occurrence >= end:
                break
            if occurrence >= start:
                result.append(occurrence)
        return result

    def first(self, n):
        result = []
        for occurrence in self:
            if len(result) >= n:
                break
            result.append(occurrence)
        return result
