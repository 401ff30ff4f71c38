import re


def find_iso_dates(text: str) -> list[str]:
    return re.findall(r"(?<![0-9])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])", text)
