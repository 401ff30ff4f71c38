import re

_UNITS = {}
for _names, _secs in (
    ("s sec secs second seconds", 1),
    ("m min mins minute minutes", 60),
    ("h hr hrs hour hours", 3600),
    ("d day days", 86400),
    ("w wk wks week weeks", 604800),
):
    for _name in _names.split():
        _UNITS[_name] = _secs

_CLOCK = re.compile(r"(?:([0-9]+):)?([0-9]+):([0-5][0-9])")
_PART = re.compile(r"([0-9]*\.?[0-9]+)\s*([a-z]+)")


def parse_duration(text: str) -> int:
    s = text.strip().lower()
    m = _CLOCK.fullmatch(s)
    if m:
        h = int(m.group(1) or 0)
        return h * 3600 + int(m.group(2)) * 60 + int(m.group(3))
    parts = _PART.findall(s)
    if not parts:
        raise ValueError(f"cannot parse duration {text!r}")
    seen = set()
    total = 0.0
    for number, unit in parts:
        if unit not in _UNITS:
            raise ValueError(f"unknown unit {unit!r}")
        if unit in seen:
            raise ValueError(f"unit {unit!r} repeated")
        seen.add(unit)
        total += float(number) * _UNITS[unit]
    return int(total + 0.5)
