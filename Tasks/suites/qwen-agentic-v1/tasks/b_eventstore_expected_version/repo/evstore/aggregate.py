"""Aggregate base class: state rebuilt from events, new events kept as pending."""

from .events import new_event


class Aggregate:
    """Subclasses define ``when_<EventType>(self, data)`` methods that mutate state."""

    stream_prefix = "aggregate"

    def __init__(self, aggregate_id):
        self.id = aggregate_id
        self.version = 0          # events already persisted and applied
        self.pending = []         # events raised but not yet saved

    @property
    def stream_id(self):
        return "%s-%s" % (self.stream_prefix, self.id)

    def _apply(self, event):
        handler = getattr(self, "when_" + event.type, None)
        if handler is None:
            raise TypeError("%s cannot apply %r" % (type(self).__name__, event.type))
        handler(event.data)

    def raise_event(self, type_, **data):
        event = new_event(self.stream_id, type_, **data)
        self._apply(event)
        self.pending.append(event)

    def load_from_history(self, events):
        for event in events:
            self._apply(event)
            self.version = event.version
