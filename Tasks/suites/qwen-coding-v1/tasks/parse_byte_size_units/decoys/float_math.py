import math
import re

_SIZE = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]*)\s*")
_UNITS = {
    "": 1, "b": 1,
    "k": 10 ** 3, "kb": 10 ** 3, "m": 10 ** 6, "mb": 10 ** 6,
    "g": 10 ** 9, "gb": 10 ** 9, "t": 10 ** 12, "tb": 10 ** 12,
    "kib": 2 ** 10, "mib": 2 ** 20, "gib": 2 ** 30, "tib": 2 ** 40,
}


def parse_size(s: str) -> int:
    m = _SIZE.fullmatch(s)
    if not m:
        raise ValueError("bad size")
    unit = m.group(2).lower()
    if unit not in _UNITS:
        raise ValueError("unknown unit")
    return math.floor(float(m.group(1)) * _UNITS[unit])
