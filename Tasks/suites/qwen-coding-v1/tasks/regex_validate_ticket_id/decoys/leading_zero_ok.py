import re


def is_ticket_id(s: str) -> bool:
    m = re.fullmatch(r"([A-Z][A-Z0-9]{1,9})-([0-9]{1,6})", s)
    return m is not None and int(m.group(2)) > 0
