"""Finding double bookings."""


def _ordered(a, b):
    return (a, b) if (a.start, a.id) <= (b.start, b.id) else (b, a)


def find_conflicts(bookings):
    """All pairs of active bookings of the same room whose times overlap.

    Cancelled bookings are ignored.  Each pair is returned once as
    ``(first, second)`` where ``first`` starts earlier (ties broken by id),
    and the list is sorted by the ``(start, id)`` of ``first`` and then of
    ``second``.
    """
    active = [b for b in bookings if b.active]
    pairs = []
    for i, a in enumerate(active):
        for b in active[i + 1:]:
            if a.overlaps(b):
                pairs.append(_ordered(a, b))
    pairs.sort(key=lambda p: ((p[0].start, p[0].id), (p[1].start, p[1].id)))
    return pairs


def conflict_report(bookings):
    """Human readable list of conflicts, grouped by room."""
    pairs = find_conflicts(bookings)
    if not pairs:
        return "no conflicts"
    lines = []
    for room in sorted({a.room for a, _ in pairs}):
        lines.append("%s:" % room)
        for a, b in pairs:
            if a.room == room:
                overlap_start = max(a.start, b.start)
                overlap_end = min(a.end, b.end)
                lines.append("  %s and %s overlap %s - %s" % (
                    a.id, b.id, overlap_start.strftime("%Y-%m-%d %H:%M"), overlap_end.strftime("%H:%M")))
    return "\n".join(lines)
