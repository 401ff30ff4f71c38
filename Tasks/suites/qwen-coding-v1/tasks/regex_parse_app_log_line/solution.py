import re

_LOG = re.compile(
    r"\[([0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{3})?)\]"
    r" +(DEBUG|INFO|WARN|ERROR|FATAL)"
    r"(?: +\(([A-Za-z0-9_.-]+)\))?"
    r"(?: +(.*))?",
    re.DOTALL,
)


def parse_log_line(line: str) -> dict | None:
    line = line.rstrip()
    m = _LOG.fullmatch(line)
    if not m:
        return None
    return {
        "timestamp": m.group(1),
        "level": m.group(2),
        "source": m.group(3),
        "message": m.group(4) or "",
    }
