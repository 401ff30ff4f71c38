import re
from decimal import Decimal

_SIZE = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]*)\s*")
_UNITS = {
    "": 1, "b": 1,
    "k": 2 ** 10, "kb": 2 ** 10, "m": 2 ** 20, "mb": 2 ** 20,
    "g": 2 ** 30, "gb": 2 ** 30, "t": 2 ** 40, "tb": 2 ** 40,
    "kib": 2 ** 10, "mib": 2 ** 20, "gib": 2 ** 30, "tib": 2 ** 40,
}


def parse_size(s: str) -> int:
    m = _SIZE.fullmatch(s)
    if not m:
        raise ValueError("bad size")
    unit = m.group(2).lower()
    if unit not in _UNITS:
        raise ValueError("unknown unit")
    return int(Decimal(m.group(1)) * _UNITS[unit])
