import re
from datetime import datetime, timedelta


def convert_timestamp(ts: str, target_offset: str) -> str:
    """Convert an ISO 8601 timestamp with a UTC offset to another offset.

    `ts` has the exact form "YYYY-MM-DDTHH:MM:SS" followed by either "Z"
    or an offset "+HH:MM" / "-HH:MM" (the sign applies to the whole offset,
    so "-03:30" is three and a half hours behind UTC).  `target_offset` is
    "Z" or such an offset with |offset| < 24 hours.  Return the same instant
    written as "YYYY-MM-DDTHH:MM:SS" followed by target_offset exactly as
    given.  The date changes when the conversion crosses midnight.  Raise
    ValueError for malformed input.  The result must not depend on the
    machine's local time zone.

    >>> convert_timestamp("2024-03-10T23:30:00+05:30", "Z")
    '2024-03-10T18:00:00Z'
    >>> convert_timestamp("2024-03-10T23:30:00Z", "+02:00")
    '2024-03-11T01:30:00+02:00'
    >>> convert_timestamp("2024-01-01T01:15:00+01:00", "-03:30")
    '2023-12-31T20:45:00-03:30'
    """
    def parse_offset(text: str) -> timedelta:
        if text == "Z":
            return timedelta(0)
        m = re.fullmatch(r"([+-])(\d{2}):(\d{2})", text)
        if not m:
            raise ValueError(f"bad offset {text!r}")
        delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
        return -delta if m.group(1) == "-" else delta

    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})", ts)
    if not m:
        raise ValueError(f"bad timestamp {ts!r}")
    local = datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S")
    utc = local + parse_offset(m.group(2))
    target = utc - parse_offset(target_offset)
    return target.strftime("%Y-%m-%dT%H:%M:%S") + target_offset
