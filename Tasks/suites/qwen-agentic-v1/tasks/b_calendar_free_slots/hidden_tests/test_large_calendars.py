import random
import unittest

from rooms import busy_minutes, common_free, first_common_slot, free_slots, merge_busy


def room_year(n, seed):
    """``n`` short disjoint bookings (one every 20 minutes), shuffled like an export."""
    bookings = [(i * 20, i * 20 + 5 + (i * 7 + seed) % 11) for i in range(n)]
    random.Random(seed).shuffle(bookings)
    return bookings


def brute_free(busy, ws, we, min_length):
    taken = bytearray(we - ws)
    for s, e in busy:
        s, e = max(s, ws), min(e, we)
        if e > s:
            taken[s - ws:e - ws] = b"\x01" * (e - s)
    slots, start = [], None
    for i, t in enumerate(taken):
        if not t and start is None:
            start = i
        elif t and start is not None:
            if i - start >= min_length:
                slots.append((ws + start, ws + i))
            start = None
    if start is not None and len(taken) - start >= min_length:
        slots.append((ws + start, we))
    return slots


class SmallBehaviourTests(unittest.TestCase):
    def test_merge_rules(self):
        self.assertEqual(merge_busy([(10, 20), (0, 10), (30, 40), (35, 36), (50, 50), (60, 55)]),
                         [(0, 20), (30, 40)])
        self.assertEqual(merge_busy([]), [])
        self.assertEqual(merge_busy([[3, 4], [1, 2]]), [(1, 2), (3, 4)])

    def test_free_slots_window_and_length(self):
        busy = [(100, 200), (150, 260), (300, 310), (400, 500)]
        self.assertEqual(free_slots(busy, 120, 450, 1), [(260, 300), (310, 400)])
        self.assertEqual(free_slots(busy, 0, 1000, 50), [(0, 100), (310, 400), (500, 1000)])
        self.assertEqual(free_slots([], 5, 5), [])

    def test_first_common_slot(self):
        self.assertEqual(first_common_slot([[(540, 600)], [(600, 660)]], [(540, 1020)], 30), (660, 690))


class LargeCalendarTests(unittest.TestCase):
    def test_merge_hundred_thousand_disjoint_bookings(self):
        bookings = room_year(100_000, 1)
        merged = merge_busy(bookings)
        self.assertEqual(len(merged), 100_000)
        self.assertEqual(merged, sorted(bookings))

    def test_free_slots_over_a_year(self):
        bookings = room_year(40_000, 2)
        slots = free_slots(bookings, 0, 40_000 * 20, 5)
        self.assertEqual(len(slots), 40_000)
        self.assertEqual(slots[:3], brute_free(bookings, 0, 60, 5))
        self.assertEqual(sum(e - s for s, e in slots), 40_000 * 20 - busy_minutes(bookings, 0, 40_000 * 20))

    def test_common_free_for_three_rooms(self):
        calendars = [room_year(12_000, seed) for seed in (3, 4, 5)]
        shifted = [[(s + k * 7, e + k * 7) for s, e in cal] for k, cal in enumerate(calendars)]
        window = (0, 12_000 * 20)
        slots = common_free(shifted, window[0], window[1], 3)
        everything = [iv for cal in shifted for iv in cal]
        self.assertEqual(slots[:150], brute_free(everything, 0, 3000, 3))
        self.assertEqual(slots[-20:], brute_free(everything, window[1] - 400, window[1], 3)[-20:])
        busy = merge_busy(everything)
        self.assertEqual(len(slots), sum(1 for (s1, e1), (s2, e2) in zip(busy, busy[1:]) if s2 - e1 >= 3)
                         + (1 if busy[0][0] - window[0] >= 3 else 0))


if __name__ == "__main__":
    unittest.main()
