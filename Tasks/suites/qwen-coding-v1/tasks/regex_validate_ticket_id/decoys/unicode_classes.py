import re


def is_ticket_id(s: str) -> bool:
    if re.fullmatch(r"[^\W\d_][^\W_]{1,9}-[1-9]\d{0,5}", s) is None:
        return False
    return s.split("-")[0].upper() == s.split("-")[0]
