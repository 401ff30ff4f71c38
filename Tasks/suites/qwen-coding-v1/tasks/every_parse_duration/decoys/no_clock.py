import re
from fractions import Fraction

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

_CLOCK3 = re.compile(r"([0-9]+):([0-5][0-9]):([0-5][0-9])")
_CLOCK2 = re.compile(r"([0-9]+):([0-5][0-9])")
_COMPONENT = re.compile(r"([0-9]+(?:\.[0-9]+)?|\.[0-9]+) *([a-z]+)")
_SEPARATOR = re.compile(r"(?:[\s,]|and(?![a-z]))*")


def parse_duration(text: str) -> int:
    s = text.strip().lower()
    if not s:
        raise ValueError("empty duration")
    total = Fraction(0)
    used = set()
    pos = 0
    while True:
        m = _COMPONENT.match(s, pos)
        if not m:
            raise ValueError(f"cannot parse duration {text!r}")
        unit = _UNITS.get(m.group(2))
        if unit is None:
            raise ValueError(f"unknown unit {m.group(2)!r}")
        if unit in used:
            raise ValueError(f"unit {m.group(2)!r} repeated")
        used.add(unit)
        total += Fraction(m.group(1)) * unit
        pos = m.end()
        sep = _SEPARATOR.match(s, pos)
        if sep.end() == len(s):
            if sep.end() != pos:
                raise ValueError("trailing separator")
            break
        pos = sep.end()
    return int(total + Fraction(1, 2))
