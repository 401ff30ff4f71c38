import re

_EMAIL = re.compile(r"([A-Za-z0-9._%+-]+)@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?![A-Za-z0-9-])")


def redact_emails(text: str) -> str:
    return _EMAIL.sub(lambda m: "***@" + m.group(2), text)
