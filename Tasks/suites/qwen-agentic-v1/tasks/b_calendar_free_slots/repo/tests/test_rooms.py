import unittest

from rooms import (Planner, busy_minutes, common_free, free_slots, merge_busy, parse_interval,
                   parse_time, format_interval)


class TimeTests(unittest.TestCase):
    def test_parse(self):
        self.assertEqual(parse_time("09:30"), 570)
        self.assertEqual(parse_time("d2 00:01"), 2 * 1440 + 1)
        self.assertEqual(parse_interval("d1 09:00-10:30"), (1440 + 540, 1440 + 630))
        self.assertEqual(format_interval((1440 + 540, 1440 + 630)), "d1 09:00-d1 10:30")
        with self.assertRaises(ValueError):
            parse_interval("10:00-09:00")


class AvailabilityTests(unittest.TestCase):
    def test_merge(self):
        self.assertEqual(merge_busy([(5, 7), (1, 3), (2, 4), (4, 5), (10, 12), (9, 9)]), [(1, 7), (10, 12)])

    def test_free_slots(self):
        busy = [(540, 600), (630, 660), (650, 700)]
        self.assertEqual(free_slots(busy, 510, 720), [(510, 540), (600, 630), (700, 720)])
        self.assertEqual(free_slots(busy, 510, 720, min_length=30), [(510, 540), (600, 630)])

    def test_common(self):
        a = [(540, 600)]
        b = [(570, 630), (700, 720)]
        self.assertEqual(common_free([a, b], 540, 720, 15), [(630, 700)])

    def test_busy_minutes(self):
        self.assertEqual(busy_minutes([(0, 10), (5, 20), (100, 200)], 0, 150), 70)


class PlannerTests(unittest.TestCase):
    def test_suggest(self):
        p = Planner()
        p.load_text("alice: d0 09:00-12:00\nbob: d0 13:00-17:00  # all afternoon\nbob: d1 09:00-09:30\n")
        self.assertEqual(p.suggest(["alice", "bob"], 60), "12:00-13:00")
        self.assertEqual(p.suggest(["alice", "bob"], 120), "d1 09:30-d1 11:30")
        self.assertEqual(p.load_report(0, 0), {"alice": 37.5, "bob": 50.0})


if __name__ == "__main__":
    unittest.main()
