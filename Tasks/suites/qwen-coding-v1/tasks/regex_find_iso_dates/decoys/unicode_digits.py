import re


def find_iso_dates(text: str) -> list[str]:
    return re.findall(r"(?<!\d)\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)", text)
