import re

_TICKET = re.compile(r"[A-Z][A-Z0-9]{1,9}-[1-9][0-9]{0,5}")


def is_ticket_id(s: str) -> bool:
    return _TICKET.fullmatch(s) is not None
