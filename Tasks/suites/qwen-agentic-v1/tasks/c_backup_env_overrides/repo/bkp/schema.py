"""The configuration schema: which settings exist, their types and their defaults."""

import re
from dataclasses import dataclass

_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


@dataclass(frozen=True)
class Field:
    section: str
    name: str
    kind: str  # "str", "int", "bool", "duration" or "list"
    default: object = None
    required: bool = False
    minimum: int = None
    choices: tuple = None

    @property
    def dotted(self):
        return f"{self.section}.{self.name}"


FIELDS = [
    Field("storage", "path", "str", required=True),
    Field("storage", "keep_daily", "int", 7, minimum=0),
    Field("storage", "keep_weekly", "int", 4, minimum=0),
    Field("storage", "keep_monthly", "int", 0, minimum=0),
    Field("storage", "compress", "bool", True),
    Field("storage", "compression", "str", "gzip", choices=("gzip", "xz", "zstd")),
    Field("schedule", "interval", "duration", 86400, minimum=60),
    Field("schedule", "jitter", "duration", 0, minimum=0),
    Field("notify", "email", "list", ()),
    Field("notify", "when", "str", "failure", choices=("always", "failure", "never")),
]

SECTIONS = tuple(dict.fromkeys(f.section for f in FIELDS))


def lookup(section, name):
    for field in FIELDS:
        if field.section == section and field.name == name:
            return field
    return None


def parse_duration(text):
    """'90' -> 90, '15m' -> 900, '6h' -> 21600, '2d' -> 172800. Returns None if malformed."""
    m = _DURATION.match(text)
    if not m:
        return None
    return int(m.group(1)) * _UNITS[m.group(2)]


def format_value(field, value):
    if field.kind == "bool":
        return "yes" if value else "no"
    if field.kind == "list":
        return ", ".join(value)
    if field.kind == "duration":
        for unit in ("w", "d", "h", "m"):
            if value and value % _UNITS[unit] == 0:
                return f"{value // _UNITS[unit]}{unit}"
        return f"{value}s"
    return str(value)
