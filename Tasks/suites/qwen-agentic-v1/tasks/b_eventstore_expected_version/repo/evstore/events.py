"""Event records as stored and replayed."""

import json
from dataclasses import dataclass, field
from typing import Any, Dict


@dataclass(frozen=True)
class Event:
    """One fact about a stream.

    ``version`` is the 1-based position of the event inside its stream and
    ``position`` its 1-based position in the whole store; both are assigned
    by the store when the event is appended (0 before that).
    """

    stream_id: str
    type: str
    data: Dict[str, Any] = field(default_factory=dict)
    version: int = 0
    position: int = 0

    def to_json(self):
        return json.dumps({"stream": self.stream_id, "type": self.type, "data": self.data,
                           "version": self.version, "position": self.position}, sort_keys=True)

    @classmethod
    def from_json(cls, line):
        raw = json.loads(line)
        return cls(raw["stream"], raw["type"], raw["data"], raw["version"], raw["position"])


def new_event(stream_id, type_, **data):
    """Build an unsaved event."""
    return Event(stream_id, type_, dict(data))
