import re

_READING = re.compile(r"\s*([+-]?[0-9]+(?:\.[0-9]+)?)\s*\u00b0?([CcFfKk])\s*")


def to_celsius(reading: str) -> float:
    m = _READING.fullmatch(reading)
    if not m:
        raise ValueError("bad reading: %r" % reading)
    value = float(m.group(1))
    unit = m.group(2).upper()
    if unit == "C":
        c = value
    elif unit == "F":
        c = (value - 32) * 5 / 9
    else:
        if value < 0:
            raise ValueError("negative kelvin")
        c = value - 273.15
    return round(c, 2)
