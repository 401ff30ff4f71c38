"""Reading bookings exported as CSV.

Columns: ``id, room, start, end`` and optionally ``status`` and ``owner``.
Times are ISO 8601 (``2024-03-01T09:00``).
"""

import csv
import io
from datetime import datetime

from .model import Booking, BookingError


def _time(text, line_no, column):
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise BookingError("line %d: bad %s %r" % (line_no, column, text)) from None


def load_csv(text):
    reader = csv.DictReader(io.StringIO(text))
    missing = {"id", "room", "start", "end"} - set(reader.fieldnames or [])
    if missing:
        raise BookingError("missing columns: %s" % ", ".join(sorted(missing)))
    bookings = []
    seen = set()
    for row in reader:
        line_no = reader.line_num
        if row["id"] in seen:
            raise BookingError("line %d: duplicate id %s" % (line_no, row["id"]))
        seen.add(row["id"])
        start = _time(row["start"], line_no, "start")
        end = _time(row["end"], line_no, "end")
        try:
            bookings.append(Booking(row["id"], row["room"].strip(), start, end,
                                    (row.get("status") or "confirmed").strip().lower(),
                                    (row.get("owner") or "").strip()))
        except BookingError as exc:
            raise BookingError("line %d: %s" % (line_no, exc)) from None
    return bookings
