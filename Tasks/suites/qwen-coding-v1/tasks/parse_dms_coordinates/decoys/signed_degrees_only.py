import re

_C = r"([0-9]{1,3})\u00b0(?:([0-9]{1,2})['\u2032](?:([0-9]{1,2}(?:\.[0-9]+)?)[\"\u2033])?)?"
_PAIR = re.compile(_C + r"([NS])(?:\s*,\s*|\s+)" + _C + r"([EW])")


def _value(deg, mins, secs, limit, negative):
    m = int(mins) if mins else 0
    sec = float(secs) if secs else 0.0
    if m > 59 or sec >= 60:
        raise ValueError("minutes/seconds out of range")
    d = -int(deg) if negative else int(deg)
    v = d + m / 60 + sec / 3600
    if abs(v) > limit:
        raise ValueError("coordinate out of range")
    return v


def parse_dms(s: str) -> tuple[float, float]:
    m = _PAIR.fullmatch(s.strip())
    if not m:
        raise ValueError("bad coordinates")
    lat = _value(m.group(1), m.group(2), m.group(3), 90, m.group(4) == "S")
    lon = _value(m.group(5), m.group(6), m.group(7), 180, m.group(8) == "W")
    return (round(lat, 6), round(lon, 6))
