"""Parsing of five-field cron expressions.

A spec has the classic fields ``minute hour day-of-month month weekday``.
Each field accepts ``*``, single values, ranges (``1-5``), lists
(``1,15,30``) and steps (``*/15`` or ``8-18/2``).  Months and weekdays may
also be written as three-letter English names.  Weekdays use the cron
convention: 0 (or 7) is Sunday, 1 is Monday ... 6 is Saturday.
"""

FIELD_NAMES = ("minute", "hour", "day", "month", "weekday")

FULL_RANGES = {
    "minute": set(range(0, 60)),
    "hour": set(range(0, 24)),
    "day": set(range(1, 32)),
    "month": set(range(1, 13)),
    "weekday": set(range(0, 7)),
}

BOUNDS = {
    "minute": (0, 59),
    "hour": (0, 23),
    "day": (1, 31),
    "month": (1, 12),
    "weekday": (0, 7),
}

MONTH_NAMES = {
    name: i + 1
    for i, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun",
         "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}

WEEKDAY_NAMES = {
    name: i for i, name in enumerate(["sun", "mon", "tue", "wed", "thu", "fri", "sat"])
}

ALIASES = {
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
}


class SpecError(ValueError):
    """Raised for malformed cron expressions."""


def _value(token, field):
    token = token.strip().lower()
    if field == "month" and token in MONTH_NAMES:
        return MONTH_NAMES[token]
    if field == "weekday" and token in WEEKDAY_NAMES:
        return WEEKDAY_NAMES[token]
    if not token.isdigit():
        raise SpecError("bad value %r in %s field" % (token, field))
    value = int(token)
    low, high = BOUNDS[field]
    if not low <= value <= high:
        raise SpecError("%s value %d out of range %d-%d" % (field, value, low, high))
    return value


def parse_field(text, field):
    """Return the set of values selected by one field of a cron expression."""
    text = text.strip()
    if text == "*":
        return FULL_RANGES[field]
    low, high = BOUNDS[field]
    values = set()
    for part in text.split(","):
        if not part:
            raise SpecError("empty list item in %s field" % field)
        step = 1
        if "/" in part:
            part, step_text = part.split("/", 1)
            if not step_text.isdigit() or int(step_text) == 0:
                raise SpecError("bad step %r in %s field" % (step_text, field))
            step = int(step_text)
        if part == "*":
            start, stop = low, high
        elif "-" in part:
            a, b = part.split("-", 1)
            start, stop = _value(a, field), _value(b, field)
            if start > stop:
                raise SpecError("reversed range %s in %s field" % (part, field))
        else:
            start = _value(part, field)
            stop = high if step > 1 else start
        values.update(range(start, stop + 1, step))
    if field == "weekday" and 7 in values:
        values.discard(7)
        values.add(0)
    return values


def parse_name_list(text, field):
    """Parse a comma separated list such as ``dec,jan`` or ``sat,sun``."""
    result = set()
    for token in text.split(","):
        token = token.strip()
        if token:
            result.update(parse_field(token, field))
    return result


class CronSpec:
    """A parsed cron expression plus optional blackout periods."""

    def __init__(self, minutes, hours, days, months, weekdays, source=""):
        self.minutes = minutes
        self.hours = hours
        self.days = days
        self.months = months
        self.weekdays = weekdays
        self.source = source
        self.day_restricted = days != FULL_RANGES["day"]
        self.weekday_restricted = weekdays != FULL_RANGES["weekday"]

    def skip_months(self, months):
        """Never fire during the given months (a set of 1-12)."""
        self.months -= set(months)
        if not self.months:
            raise SpecError("blackout removes every month from %r" % self.source)

    def skip_weekdays(self, weekdays):
        """Never fire on the given weekdays (a set of 0-6, 0 = Sunday)."""
        self.weekdays -= set(weekdays)
        if not self.weekdays:
            raise SpecError("blackout removes every weekday from %r" % self.source)

    def matches_day(self, dt):
        """True when the calendar date of ``dt`` is eligible."""
        if dt.month not in self.months:
            return False
        cron_weekday = (dt.weekday() + 1) % 7
        day_by_weekday = cron_weekday in self.weekdays
        day_by_date = dt.day in self.days
        if self.day_restricted and self.weekday_restricted:
            # classic cron: when both fields are restricted, either may
            # select the day
            return day_by_date or day_by_weekday
        return day_by_date and day_by_weekday

    def matches(self, dt):
        return (
            self.matches_day(dt)
            and dt.hour in self.hours
            and dt.minute in self.minutes
        )

    def __repr__(self):
        return "CronSpec(%r)" % self.source


def parse_spec(text):
    """Parse ``text`` (five fields or an @alias) into a :class:`CronSpec`."""
    source = text.strip()
    expr = ALIASES.get(source.lower(), source)
    parts = expr.split()
    if len(parts) != 5:
        raise SpecError("expected 5 fields, got %d in %r" % (len(parts), text))
    fields = [parse_field(p, name) for p, name in zip(parts, FIELD_NAMES)]
    return CronSpec(*fields, source=source)
