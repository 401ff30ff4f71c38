"""The evaluation context: who is asking, and when."""

from dataclasses import dataclass, field
from datetime import datetime, timezone


def _utc_now():
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Context:
    user_id: str = None
    attributes: dict = field(default_factory=dict)
    segments: frozenset = frozenset()
    clock: object = _utc_now  # a callable returning an aware datetime; injectable for tests

    def now(self):
        return self.clock()

    def attribute(self, name):
        if name == "user_id":
            return self.user_id
        return self.attributes.get(name)
