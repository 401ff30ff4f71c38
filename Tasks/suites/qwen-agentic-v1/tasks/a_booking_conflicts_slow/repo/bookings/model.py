"""The booking record."""

from datetime import datetime

STATUSES = ("confirmed", "tentative", "cancelled")


class BookingError(ValueError):
    pass


class Booking:
    """A room booked over the half-open interval ``[start, end)``."""

    __slots__ = ("id", "room", "start", "end", "status", "owner")

    def __init__(self, id, room, start, end, status="confirmed", owner=""):
        if not isinstance(start, datetime) or not isinstance(end, datetime):
            raise BookingError("start and end must be datetimes")
        if end <= start:
            raise BookingError("booking %s ends before it starts" % id)
        if status not in STATUSES:
            raise BookingError("unknown status %r" % status)
        self.id = id
        self.room = room
        self.start = start
        self.end = end
        self.status = status
        self.owner = owner

    @property
    def active(self):
        return self.status != "cancelled"

    def overlaps(self, other):
        """True if both are for the same room and their intervals intersect.

        Bookings that merely touch (one ends when the other starts) do not
        overlap.
        """
        return self.room == other.room and self.start < other.end and other.start < self.end

    def __repr__(self):
        return "Booking(%r, %r, %s, %s)" % (self.id, self.room, self.start.isoformat(), self.end.isoformat())
