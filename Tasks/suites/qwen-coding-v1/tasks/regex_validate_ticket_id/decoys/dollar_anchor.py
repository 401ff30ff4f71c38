import re


def is_ticket_id(s: str) -> bool:
    return re.match(r"^[A-Z][A-Z0-9]{1,9}-[1-9][0-9]{0,5}$", s) is not None
