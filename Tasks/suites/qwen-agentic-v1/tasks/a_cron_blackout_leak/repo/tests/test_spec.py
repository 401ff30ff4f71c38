import unittest
from datetime import datetime

from jobsched.spec import SpecError, parse_field, parse_spec


class ParseFieldTests(unittest.TestCase):
    def test_star(self):
        self.assertEqual(parse_field("*", "hour"), set(range(24)))

    def test_list_and_range(self):
        self.assertEqual(parse_field("1,5-7", "day"), {1, 5, 6, 7})

    def test_step(self):
        self.assertEqual(parse_field("*/15", "minute"), {0, 15, 30, 45})
        self.assertEqual(parse_field("8-18/5", "hour"), {8, 13, 18})

    def test_names(self):
        self.assertEqual(parse_field("jan,mar", "month"), {1, 3})
        self.assertEqual(parse_field("mon-fri", "weekday"), {1, 2, 3, 4, 5})

    def test_sunday_as_seven(self):
        self.assertEqual(parse_field("7", "weekday"), {0})

    def test_errors(self):
        for text, field in [("60", "minute"), ("5-1", "hour"), ("*/0", "day"), ("foo", "month")]:
            with self.assertRaises(SpecError):
                parse_field(text, field)


class SpecTests(unittest.TestCase):
    def test_alias(self):
        spec = parse_spec("@daily")
        self.assertTrue(spec.matches(datetime(2024, 3, 5, 0, 0)))
        self.assertFalse(spec.matches(datetime(2024, 3, 5, 0, 1)))

    def test_field_count(self):
        with self.assertRaises(SpecError):
            parse_spec("* * *")

    def test_day_or_weekday(self):
        spec = parse_spec("0 12 1 * mon")
        self.assertTrue(spec.matches(datetime(2024, 5, 1, 12, 0)))   # the 1st (a Wednesday)
        self.assertTrue(spec.matches(datetime(2024, 5, 6, 12, 0)))   # a Monday
        self.assertFalse(spec.matches(datetime(2024, 5, 7, 12, 0)))


if __name__ == "__main__":
    unittest.main()
