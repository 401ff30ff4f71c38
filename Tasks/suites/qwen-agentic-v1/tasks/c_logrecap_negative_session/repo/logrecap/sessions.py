"""Group requests into per-client sessions.

A session is a run of requests from one client where no two consecutive
requests are more than `timeout` apart. Input must be in log order (which is
chronological for every format we read).
"""

from dataclasses import dataclass, field
from datetime import timedelta

DEFAULT_TIMEOUT = timedelta(minutes=30)


class SessionError(ValueError):
    pass


@dataclass
class Session:
    client: str
    start: object
    end: object
    requests: list = field(default_factory=list)

    @property
    def duration(self):
        return self.end - self.start

    @property
    def pages(self):
        return sum(1 for r in self.requests if not r.path.startswith("/static/"))


def sessionize(requests, timeout=DEFAULT_TIMEOUT):
    open_sessions = {}
    finished = []
    for request in requests:
        current = open_sessions.get(request.client)
        if current is not None and request.when - current.end > timeout:
            finished.append(current)
            current = None
        if current is None:
            current = Session(request.client, request.when, request.when)
            open_sessions[request.client] = current
        current.requests.append(request)
        current.end = request.when
    finished.extend(open_sessions.values())
    for session in finished:
        if session.duration < timedelta(0):
            raise SessionError(
                f"negative session duration for client {session.client} "
                f"(starting {session.start:%Y-%m-%d %H:%M:%S})")
    finished.sort(key=lambda s: (s.start, s.client))
    return finished
