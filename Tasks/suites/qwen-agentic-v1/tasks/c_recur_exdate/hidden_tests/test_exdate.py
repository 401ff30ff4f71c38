import io
import os
import tempfile
import unittest
from datetime import date, datetime

from recur.cli import main
from recur.ics import CalendarError, parse_calendar
from recur.rrule import RecurrenceSet, parse_rule


def event(*lines):
    body = "\n".join(["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:x", "SUMMARY:Stand-up",
                      "DTSTART:20231219T093000", "DURATION:PT15M", *lines, "END:VEVENT", "END:VCALENDAR", ""])
    return body


def starts(ev, a, b):
    return [begin for begin, _ in ev.occurrences(a, b)]


class ExdateTests(unittest.TestCase):
    def test_single_exdate(self):
        (ev,) = parse_calendar(event("RRULE:FREQ=WEEKLY;BYDAY=TU,TH", "EXDATE:20231221T093000"))
        self.assertEqual(starts(ev, datetime(2023, 12, 18), datetime(2023, 12, 27)),
                         [datetime(2023, 12, 19, 9, 30), datetime(2023, 12, 26, 9, 30)])

    def test_several_lines_and_values(self):
        (ev,) = parse_calendar(event("RRULE:FREQ=WEEKLY;BYDAY=TU,TH",
                                     "EXDATE:20231226T093000,20231228T093000", "EXDATE:20240102T093000"))
        self.assertEqual(starts(ev, datetime(2023, 12, 25), datetime(2024, 1, 4)), [])
        self.assertEqual(starts(ev, datetime(2023, 12, 25), datetime(2024, 1, 5)), [datetime(2024, 1, 4, 9, 30)])

    def test_whole_day(self):
        (ev,) = parse_calendar(event("RRULE:FREQ=DAILY;COUNT=4", "EXDATE;VALUE=DATE:20231220"))
        self.assertEqual(list(ev.recurrence), [datetime(2023, 12, 19, 9, 30), datetime(2023, 12, 21, 9, 30),
                                               datetime(2023, 12, 22, 9, 30)])

    def test_count_applies_before_exclusion(self):
        (ev,) = parse_calendar(event("RRULE:FREQ=DAILY;COUNT=5", "EXDATE:20231221T093000"))
        occ = list(ev.recurrence)
        self.assertEqual(len(occ), 4)
        self.assertEqual(occ[-1], datetime(2023, 12, 23, 9, 30))

    def test_exdate_removes_rdate(self):
        (ev,) = parse_calendar(event("RDATE:20231222T160000,20231229T160000", "EXDATE:20231229T160000"))
        self.assertEqual(list(ev.recurrence), [datetime(2023, 12, 19, 9, 30), datetime(2023, 12, 22, 16, 0)])

    def test_non_matching_exdate_is_harmless(self):
        (ev,) = parse_calendar(event("RRULE:FREQ=DAILY;COUNT=2", "EXDATE:20231220T100000"))
        self.assertEqual(len(list(ev.recurrence)), 2)

    def test_bad_exdate(self):
        with self.assertRaises(CalendarError):
            parse_calendar(event("RRULE:FREQ=DAILY;COUNT=2", "EXDATE:tomorrow"))

    def test_recurrence_set_api(self):
        rs = RecurrenceSet(datetime(2024, 3, 1, 8), parse_rule("FREQ=DAILY;COUNT=6"),
                           rdates=[datetime(2024, 3, 2, 20)],
                           exdates=[datetime(2024, 3, 3, 8), date(2024, 3, 2)])
        self.assertEqual([d.day for d in rs], [1, 4, 5, 6])
        self.assertEqual(rs.first(2), [datetime(2024, 3, 1, 8), datetime(2024, 3, 4, 8)])

    def test_agenda(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "cal.ics")
            with open(path, "w") as fh:
                fh.write(event("RRULE:FREQ=WEEKLY;BYDAY=TU,TH", "EXDATE:20231226T093000,20231228T093000"))
            out = io.StringIO()
            self.assertEqual(main(["agenda", path, "--from", "2023-12-25", "--days", "11"], stdout=out), 0)
            self.assertEqual(out.getvalue(), "2024-01-02 09:30-09:45  Stand-up\n2024-01-04 09:30-09:45  Stand-up\n")


if __name__ == "__main__":
    unittest.main()
