import re
from datetime import datetime, timedelta

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun",
           "jul", "aug", "sep", "oct", "nov", "dec"]
_TS = re.compile(
    r"([0-9]{2})/([A-Za-z]{3})/([0-9]{4}):([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(\.[0-9]{1,6})? ([+-])([0-9]{2})([0-9]{2})"
)


def normalize_timestamp(ts: str) -> str:
    m = _TS.fullmatch(ts)
    if not m:
        raise ValueError("bad timestamp")
    day, mon, year, hh, mi, ss, frac, sign, oh, om = m.groups()
    mon = mon.lower()
    if mon not in _MONTHS:
        raise ValueError("bad month")
    local = datetime(int(year), _MONTHS.index(mon) + 1, int(day), int(hh), int(mi), int(ss))
    oh, om = int(oh), int(om)
    if oh > 23 or om > 59:
        raise ValueError("bad offset")
    offset = timedelta(hours=oh, minutes=om)
    utc = local + offset if sign == "+" else local - offset
    return utc.strftime("%Y-%m-%dT%H:%M:%S") + (frac or "") + "Z"
