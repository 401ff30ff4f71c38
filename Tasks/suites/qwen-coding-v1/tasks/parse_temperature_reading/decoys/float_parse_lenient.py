def to_celsius(reading: str) -> float:
    s = reading.strip()
    if not s:
        raise ValueError("empty")
    unit = s[-1].upper()
    if unit not in "CFK":
        raise ValueError("bad unit")
    num = s[:-1].strip()
    if num.endswith("\u00b0"):
        num = num[:-1].strip()
    value = float(num)
    if unit == "C":
        c = value
    elif unit == "F":
        c = (value - 32) * 5 / 9
    else:
        if value < 0:
            raise ValueError("negative kelvin")
        c = value - 273.15
    return round(c, 2)
