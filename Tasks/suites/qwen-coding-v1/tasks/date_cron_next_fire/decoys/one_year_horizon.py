from datetime import timedelta
from datetime import datetime
from typing import Optional


def cron_next(expr: str, after: datetime) -> Optional[datetime]:
    """Return the first time strictly after `after` at which a five-field
    cron expression fires, or None if it can never fire.

    expr has exactly five whitespace-separated fields:
    minute (0-59), hour (0-23), day of month (1-31), month (1-12) and day
    of week (0-7, where both 0 and 7 mean Sunday, 1 = Monday).  Each field
    is a comma-separated list of items; an item is "*", a number "N" or a
    range "A-B" (A <= B), optionally followed by "/S" with step S >= 1
    ("*/S" steps over the whole field range, "N/S" runs from N to the
    field's maximum, "A-B/S" from A to B).  Names like JAN or MON are not
    supported.  Raise ValueError for anything malformed or out of range.

    Day matching follows classic cron: if both the day-of-month and the
    day-of-week fields are restricted (not exactly "*"), a day matches when
    EITHER field matches; otherwise both must match (the "*" one matches
    every day).  The returned datetime has zero seconds and microseconds
    and the same tzinfo as `after` (times are plain wall-clock values, no
    DST handling).  Expressions such as "0 0 30 2 *" that never fire give
    None.

    >>> cron_next("*/15 * * * *", datetime(2024, 1, 1, 10, 7, 30))
    datetime.datetime(2024, 1, 1, 10, 15)
    >>> cron_next("0 9 * * 1-5", datetime(2024, 3, 1, 9, 0))
    datetime.datetime(2024, 3, 4, 9, 0)
    >>> cron_next("0 12 13 * 5", datetime(2024, 1, 1))
    datetime.datetime(2024, 1, 5, 12, 0)
    """
    def parse(text: str, lo: int, hi: int) -> set:
        values = set()
        for part in text.split(","):
            step = 1
            base = part
            has_step = "/" in part
            if has_step:
                base, step_text = part.split("/", 1)
                if not step_text.isdigit() or int(step_text) < 1:
                    raise ValueError(f"bad step in {part!r}")
                step = int(step_text)
            if base == "*":
                a, b = lo, hi
            elif "-" in base:
                a_text, b_text = base.split("-", 1)
                if not (a_text.isdigit() and b_text.isdigit()):
                    raise ValueError(f"bad range {part!r}")
                a, b = int(a_text), int(b_text)
            elif base.isdigit():
                a = int(base)
                b = hi if has_step else a
            else:
                raise ValueError(f"bad item {part!r}")
            if not lo <= a <= b <= hi:
                raise ValueError(f"value out of range in {part!r}")
            values.update(range(a, b + 1, step))
        return values

    fields = expr.split()
    if len(fields) != 5:
        raise ValueError("expected five fields")
    minutes = sorted(parse(fields[0], 0, 59))
    hours = sorted(parse(fields[1], 0, 23))
    doms = parse(fields[2], 1, 31)
    months = parse(fields[3], 1, 12)
    dows = {v % 7 for v in parse(fields[4], 0, 7)}

    dom_restricted = fields[2] != "*"
    dow_restricted = fields[4] != "*"

    def day_matches(d) -> bool:
        if d.month not in months:
            return False
        dom_ok = d.day in doms
        dow_ok = (d.weekday() + 1) % 7 in dows
        if dom_restricted and dow_restricted:
            return dom_ok or dow_ok
        return dom_ok and dow_ok

    start = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    for offset in range(367):
        d = start.date() + timedelta(days=offset)
        if not day_matches(d):
            continue
        for h in hours:
            for m in minutes:
                cand = datetime(d.year, d.month, d.day, h, m, tzinfo=after.tzinfo)
                if cand >= start:
                    return cand
    return None
