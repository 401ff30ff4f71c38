"""Read gateway log lines.

    2024-05-01T12:00:00.250Z client=k-19 method=GET path=/v1/items status=200
"""

import re
from datetime import datetime, timezone

LINE = re.compile(r"^(\S+)\s+client=(\S+)(?:\s+method=(\S+))?(?:\s+path=(\S+))?(?:\s+status=(\d{3}))?\s*$")


class LogError(ValueError):
    pass


def parse_time(text):
    """ISO 8601 timestamp -> seconds since the epoch (float)."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise LogError(f"bad timestamp {text!r}") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.timestamp()


def read_requests(lines):
    """[(timestamp, client)] in file order; blank lines and '#' comments are skipped."""
    requests = []
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = LINE.match(line)
        if not m:
            raise LogError(f"line {lineno}: cannot parse {line[:60]!r}")
        try:
            requests.append((parse_time(m.group(1)), m.group(2)))
        except LogError as exc:
            raise LogError(f"line {lineno}: {exc}") from None
    return requests
