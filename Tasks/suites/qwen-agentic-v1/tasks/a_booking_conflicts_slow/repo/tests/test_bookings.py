import unittest
from datetime import datetime

from bookings import Booking, BookingError, conflict_report, find_conflicts, load_csv

CSV = """id,room,start,end,status,owner
b1,Oak,2024-03-01T09:00,2024-03-01T10:00,confirmed,ann
b2,Oak,2024-03-01T09:30,2024-03-01T11:00,tentative,bob
b3,Oak,2024-03-01T11:00,2024-03-01T12:00,,cid
b4,Elm,2024-03-01T09:00,2024-03-01T17:00,confirmed,dee
b5,Elm,2024-03-01T10:00,2024-03-01T10:30,cancelled,eve
b6,Oak,2024-03-01T08:00,2024-03-01T18:00,confirmed,fay
"""


def ids(pairs):
    return [(a.id, b.id) for a, b in pairs]


class BookingTests(unittest.TestCase):
    def test_load(self):
        bookings = load_csv(CSV)
        self.assertEqual(len(bookings), 6)
        self.assertEqual(bookings[2].status, "confirmed")

    def test_load_errors(self):
        with self.assertRaises(BookingError):
            load_csv("id,room,start\n")
        with self.assertRaises(BookingError):
            load_csv("id,room,start,end\nx,R,2024-01-01T10:00,2024-01-01T09:00\n")

    def test_conflicts(self):
        pairs = find_conflicts(load_csv(CSV))
        self.assertEqual(ids(pairs), [("b6", "b1"), ("b6", "b2"), ("b6", "b3"), ("b1", "b2")])

    def test_touching_is_not_a_conflict(self):
        a = Booking("a", "R", datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 10))
        b = Booking("b", "R", datetime(2024, 1, 1, 10), datetime(2024, 1, 1, 11))
        self.assertEqual(find_conflicts([a, b]), [])

    def test_report(self):
        text = conflict_report(load_csv(CSV))
        self.assertTrue(text.startswith("Oak:\n  b6 and b1 overlap 2024-03-01 09:00 - 10:00"))
        self.assertEqual(conflict_report([]), "no conflicts")


if __name__ == "__main__":
    unittest.main()
