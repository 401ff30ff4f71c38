"""Recognise log lines and turn them into Request records."""

import re
from dataclasses import dataclass
from datetime import datetime

from logrecap.timeparse import TimestampError, parse_timestamp

# 10.0.0.7 - - [03/Mar/2024:00:15:07 +0000] "GET /index.html HTTP/1.1" 200 5120
ACCESS = re.compile(r'^(\S+) \S+ \S+ \[([^\]]+)\] "(\S+) (\S+)[^"]*" (\d{3}) (\d+|-)')
# 2024-03-03 12:15:07 AM client=10.0.0.7 GET /api/items status=200 bytes=311
APPSERVER = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}:\d{2} [AP]M) client=(\S+) (\S+) (\S+) "
                       r"status=(\d{3}) bytes=(\d+)$")
# {"ts": "2024-03-03T00:15:07Z", ...} lines are handled by the JSON branch below
JSON_KEYS = ("ts", "client", "method", "path", "status", "bytes")


class LogLineError(ValueError):
    pass


@dataclass(frozen=True)
class Request:
    when: datetime
    client: str
    method: str
    path: str
    status: int
    size: int


def _request(lineno, ts, client, method, path, status, size):
    try:
        when = parse_timestamp(ts)
    except TimestampError as exc:
        raise LogLineError(f"line {lineno}: {exc}") from None
    return Request(when, client, method.upper(), path.split("?", 1)[0], int(status),
                   0 if size in ("-", None) else int(size))


def parse_line(line, lineno=0):
    """Return a Request, or None for blank and comment lines."""
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        return None
    m = ACCESS.match(line)
    if m:
        client, ts, method, path, status, size = m.groups()
        return _request(lineno, ts, client, method, path, status, size)
    m = APPSERVER.match(line)
    if m:
        return _request(lineno, *m.groups())
    if line.lstrip().startswith("{"):
        import json

        try:
            data = json.loads(line)
            values = [data[k] for k in JSON_KEYS]
        except (ValueError, KeyError) as exc:
            raise LogLineError(f"line {lineno}: bad JSON record ({exc})") from None
        return _request(lineno, *(str(v) for v in values))
    raise LogLineError(f"line {lineno}: unrecognised log line")


def read_requests(lines):
    requests = []
    for lineno, line in enumerate(lines, 1):
        request = parse_line(line, lineno)
        if request is not None:
            requests.append(request)
    return requests
