import random
import time
import unittest
from datetime import datetime, timedelta

from bookings import Booking, find_conflicts

BASE = datetime(2024, 1, 1, 0, 0)


def brute_force(bookings):
    active = [b for b in bookings if b.status != "cancelled"]
    pairs = []
    for i, a in enumerate(active):
        for b in active[i + 1:]:
            if a.room == b.room and a.start < b.end and b.start < a.end:
                pairs.append((a, b) if (a.start, a.id) <= (b.start, b.id) else (b, a))
    pairs.sort(key=lambda p: ((p[0].start, p[0].id), (p[1].start, p[1].id)))
    return [(a.id, b.id) for a, b in pairs]


def ids(pairs):
    return [(a.id, b.id) for a, b in pairs]


class ConflictCorrectnessTests(unittest.TestCase):
    def test_random_against_brute_force(self):
        rng = random.Random(20240301)
        for trial in range(5):
            bookings = []
            for i in range(300):
                start = BASE + timedelta(minutes=15 * rng.randrange(0, 400))
                end = start + timedelta(minutes=15 * rng.randrange(1, 12))
                status = rng.choice(["confirmed", "confirmed", "tentative", "cancelled"])
                bookings.append(Booking("t%d-%03d" % (trial, i), rng.choice("ABC"), start, end, status))
            rng.shuffle(bookings)
            self.assertEqual(ids(find_conflicts(bookings)), brute_force(bookings))

    def test_long_booking_spans_many(self):
        day = [Booking("s%02d" % h, "R", BASE + timedelta(hours=h), BASE + timedelta(hours=h + 1))
               for h in range(8, 18)]
        day.append(Booking("all-day", "R", BASE + timedelta(hours=7), BASE + timedelta(hours=19)))
        day.append(Booking("other-room", "Q", BASE + timedelta(hours=7), BASE + timedelta(hours=19)))
        day.append(Booking("gone", "R", BASE + timedelta(hours=9), BASE + timedelta(hours=12), "cancelled"))
        got = ids(find_conflicts(day))
        self.assertEqual(got, [("all-day", "s%02d" % h) for h in range(8, 18)])

    def test_same_start_tie_broken_by_id(self):
        a = Booking("b", "R", BASE, BASE + timedelta(hours=2))
        b = Booking("a", "R", BASE, BASE + timedelta(hours=1))
        self.assertEqual(ids(find_conflicts([a, b])), [("a", "b")])


class ConflictScaleTests(unittest.TestCase):
    def test_year_of_bookings_is_fast(self):
        bookings = []
        for room in ("Oak", "Elm"):
            t = BASE
            for i in range(25000):
                end = t + timedelta(minutes=30)
                bookings.append(Booking("%s-%05d" % (room, i), room, t, end))
                t = end
        # three planted double bookings
        bookings.append(Booking("x1", "Oak", BASE + timedelta(minutes=45), BASE + timedelta(minutes=50)))
        bookings.append(Booking("x2", "Elm", BASE + timedelta(minutes=30 * 20000), BASE + timedelta(minutes=30 * 20002)))
        bookings.append(Booking("x3", "Elm", BASE + timedelta(minutes=10), BASE + timedelta(minutes=20), "cancelled"))
        started = time.perf_counter()
        got = ids(find_conflicts(bookings))
        elapsed = time.perf_counter() - started
        self.assertEqual(got, [("Oak-00001", "x1"), ("Elm-20000", "x2"), ("x2", "Elm-20001")])
        self.assertLess(elapsed, 2.0)


if __name__ == "__main__":
    unittest.main()
