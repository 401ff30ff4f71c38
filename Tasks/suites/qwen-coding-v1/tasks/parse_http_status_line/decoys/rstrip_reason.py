import re

_STATUS = re.compile(r"HTTP/([0-9](?:\.[0-9])?) ([0-9]{3})(?: (.*))?")


def parse_status_line(line: str) -> tuple[str, int, str]:
    m = _STATUS.fullmatch(line.rstrip())
    if not m:
        raise ValueError("bad status line: %r" % line)
    code = int(m.group(2))
    if not 100 <= code <= 599:
        raise ValueError("status code out of range")
    return (m.group(1), code, m.group(3) or "")
