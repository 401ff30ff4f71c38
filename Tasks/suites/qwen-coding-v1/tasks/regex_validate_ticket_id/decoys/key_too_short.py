import re


def is_ticket_id(s: str) -> bool:
    return re.fullmatch(r"[A-Z][A-Z0-9]{1,8}-[1-9][0-9]{0,5}", s) is not None
