"""Event stores: an in-memory one and an append-only JSON-lines file."""

import os
from dataclasses import replace

from .events import Event


class StoreError(Exception):
    pass


class InMemoryEventStore:
    def __init__(self):
        self._streams = {}
        self._log = []
        self._subscribers = []

    def subscribe(self, callback):
        """Call ``callback(event)`` for every event appended from now on."""
        self._subscribers.append(callback)

    def stream_version(self, stream_id):
        """Number of events in the stream (0 for an unknown stream)."""
        return len(self._streams.get(stream_id, ()))

    def append(self, stream_id, events):
        """Append ``events`` to the stream, numbering them."""
        events = list(events)
        for e in events:
            if e.stream_id != stream_id:
                raise StoreError("event for %r appended to stream %r" % (e.stream_id, stream_id))
        stream = self._streams.setdefault(stream_id, [])
        stored = []
        for e in events:
            e = replace(e, version=len(stream) + 1, position=len(self._log) + 1)
            stream.append(e)
            self._log.append(e)
            stored.append(e)
        for e in stored:
            for callback in self._subscribers:
                callback(e)

    def load(self, stream_id, after_version=0):
        return [e for e in self._streams.get(stream_id, ()) if e.version > after_version]

    def all_events(self, after_position=0):
        return self._log[after_position:]

    def stream_ids(self):
        return sorted(self._streams)


class JsonlEventStore:
    """Keeps every event as one JSON line in ``path``; the file is the source of truth."""

    def __init__(self, path):
        self.path = path
        self._subscribers = []
        self._versions = {}
        self._count = 0
        if os.path.exists(path):
            for e in self._read():
                self._versions[e.stream_id] = e.version
                self._count = e.position

    def _read(self):
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield Event.from_json(line)

    def subscribe(self, callback):
        self._subscribers.append(callback)

    def stream_version(self, stream_id):
        return self._versions.get(stream_id, 0)

    def append(self, stream_id, events):
        events = list(events)
        for e in events:
            if e.stream_id != stream_id:
                raise StoreError("event for %r appended to stream %r" % (e.stream_id, stream_id))
        version = self._versions.get(stream_id, 0)
        stored = []
        for e in events:
            version += 1
            self._count += 1
            stored.append(replace(e, version=version, position=self._count))
        with open(self.path, "a", encoding="utf-8") as fh:
            for e in stored:
                fh.write(e.to_json() + "\n")
        if stored:
            self._versions[stream_id] = version
        for e in stored:
            for callback in self._subscribers:
                callback(e)

    def load(self, stream_id, after_version=0):
        if not os.path.exists(self.path):
            return []
        return [e for e in self._read() if e.stream_id == stream_id and e.version > after_version]

    def all_events(self, after_position=0):
        if not os.path.exists(self.path):
            return []
        return [e for e in self._read() if e.position > after_position]

    def stream_ids(self):
        return sorted(self._versions)
