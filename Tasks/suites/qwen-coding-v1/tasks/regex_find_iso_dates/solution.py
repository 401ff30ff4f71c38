import re

_DATE = re.compile(r"(?<![0-9])[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?![0-9])")


def find_iso_dates(text: str) -> list[str]:
    return _DATE.findall(text)
