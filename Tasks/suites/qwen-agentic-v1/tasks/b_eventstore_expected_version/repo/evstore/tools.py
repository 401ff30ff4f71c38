"""Maintenance helpers."""

from dataclasses import replace


def copy_store(source, target, stream_ids=None):
    """Copy whole streams from ``source`` into ``target`` (e.g. file -> memory).

    Streams are copied one after the other, each in a single append; the
    target assigns fresh positions.  Returns the number of events copied.
    """
    copied = 0
    for stream_id in stream_ids or source.stream_ids():
        events = [replace(e, version=0, position=0) for e in source.load(stream_id)]
        if not events:
            continue
        target.append(stream_id, events)
        copied += len(events)
    return copied


def replay(store, *handlers):
    """Feed every stored event, in order, to each handler."""
    count = 0
    for event in store.all_events():
        for handler in handlers:
            handler(event)
        count += 1
    return count
