import re

_TIME = re.compile(r"([0-9]{1,2})(?::([0-9]{2}))?\s*(am|pm|a\.m\.|p\.m\.)")


def to_24h(text: str) -> str:
    s = text.strip().lower()
    if s == "noon":
        return "12:00"
    if s == "midnight":
        return "00:00"
    m = _TIME.fullmatch(s)
    if not m:
        raise ValueError(f"not a 12-hour time: {text!r}")
    hour = int(m.group(1))
    minute = int(m.group(2) or 0)
    if not 1 <= hour <= 12 or minute > 59:
        raise ValueError(f"out of range: {text!r}")
    pm = m.group(3).startswith("p")
    hour = hour % 12 + (12 if pm else 0)
    return f"{hour:02d}:{minute:02d}"
