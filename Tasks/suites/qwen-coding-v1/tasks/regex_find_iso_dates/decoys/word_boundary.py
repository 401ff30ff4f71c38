import re


def find_iso_dates(text: str) -> list[str]:
    return re.findall(r"\b[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\b", text)
