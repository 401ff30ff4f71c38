import unittest
from datetime import date, timedelta

from bkp.retention import plan, read_snapshot_list


class RetentionTests(unittest.TestCase):
    def test_daily_only(self):
        days = [date(2024, 3, 1) + timedelta(d) for d in range(10)]
        keep, prune = plan(days, {"keep_daily": 3, "keep_weekly": 0, "keep_monthly": 0})
        self.assertEqual(keep, days[-3:])
        self.assertEqual(prune, days[:-3])

    def test_weekly_and_monthly(self):
        days = [date(2024, 1, 1) + timedelta(d) for d in range(0, 90, 2)]
        keep, _ = plan(days, {"keep_daily": 2, "keep_weekly": 2, "keep_monthly": 3})
        self.assertEqual(keep, [date(2024, 1, 31), date(2024, 2, 28), date(2024, 3, 23),
                                date(2024, 3, 27), date(2024, 3, 29)])

    def test_read_list(self):
        days = read_snapshot_list(["# snapshots", "2024-01-02T03:00", "", "2024-01-03"])
        self.assertEqual(days, [date(2024, 1, 2), date(2024, 1, 3)])
        with self.assertRaises(ValueError):
            read_snapshot_list(["yesterday"])


if __name__ == "__main__":
    unittest.main()
