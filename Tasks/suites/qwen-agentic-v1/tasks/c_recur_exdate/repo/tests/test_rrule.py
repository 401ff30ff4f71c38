import unittest
from datetime import datetime

from recur.rrule import RecurrenceSet, RuleError, describe, iter_rule, parse_rule


def first(text, start, n=10):
    out = []
    for occ in iter_rule(parse_rule(text), start):
        out.append(occ)
        if len(out) == n:
            break
    return out


class RuleTests(unittest.TestCase):
    def test_weekly_byday(self):
        occ = first("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4", datetime(2024, 1, 3, 9, 30))
        self.assertEqual(occ, [datetime(2024, 1, 3, 9, 30), datetime(2024, 1, 8, 9, 30),
                               datetime(2024, 1, 10, 9, 30), datetime(2024, 1, 15, 9, 30)])

    def test_monthly_last_friday(self):
        occ = first("FREQ=MONTHLY;BYDAY=-1FR", datetime(2024, 1, 1, 17), 3)
        self.assertEqual([o.day for o in occ], [26, 23, 29])

    def test_monthly_negative_monthday_and_interval(self):
        occ = first("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1;COUNT=3", datetime(2024, 1, 1))
        self.assertEqual([(o.month, o.day) for o in occ], [(1, 31), (3, 31), (5, 31)])

    def test_yearly_thanksgiving(self):
        occ = first("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", datetime(2023, 1, 1, 12), 2)
        self.assertEqual([o.date().isoformat() for o in occ], ["2023-11-23", "2024-11-28"])

    def test_until_and_setpos(self):
        occ = first("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL=20240331", datetime(2024, 1, 1, 8))
        self.assertEqual([o.day for o in occ], [31, 29, 29])

    def test_impossible_rule_terminates(self):
        self.assertEqual(first("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", datetime(2024, 1, 1)), [])

    def test_errors(self):
        for text in ["BYDAY=MO", "FREQ=HOURLY", "FREQ=DAILY;COUNT=2;UNTIL=20240101",
                     "FREQ=WEEKLY;BYDAY=2MO", "FREQ=DAILY;BYMONTH=13", "FREQ=DAILY;FOO=1",
                     "FREQ=DAILY;INTERVAL=0"]:
            with self.assertRaises(RuleError, msg=text):
                parse_rule(text)

    def test_describe(self):
        self.assertEqual(describe(parse_rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10")),
                         "every 2 weeks on Mon, Wed, 10 times")

    def test_recurrence_set_merges_rdates(self):
        rs = RecurrenceSet(datetime(2024, 1, 1, 9), parse_rule("FREQ=DAILY;COUNT=3"),
                           rdates=[datetime(2024, 1, 2, 9), datetime(2024, 1, 2, 15)])
        self.assertEqual(list(rs), [datetime(2024, 1, 1, 9), datetime(2024, 1, 2, 9),
                                    datetime(2024, 1, 2, 15), datetime(2024, 1, 3, 9)])
        self.assertEqual(rs.between(datetime(2024, 1, 2), datetime(2024, 1, 3)),
                         [datetime(2024, 1, 2, 9), datetime(2024, 1, 2, 15)])
        self.assertEqual(len(rs.first(2)), 2)


if __name__ == "__main__":
    unittest.main()
