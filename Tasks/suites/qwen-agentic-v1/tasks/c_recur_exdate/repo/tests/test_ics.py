import io
import os
import tempfile
import unittest
from datetime import datetime, timedelta

from recur.cli import main
from recur.ics import CalendarError, parse_calendar

CAL = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:standup-1
SUMMARY:Team stand-up
DTSTART:20240102T093000
DURATION:PT15M
RRULE:FREQ=WEEKLY;BYDAY=TU,TH
END:VEVENT
BEGIN:VEVENT
UID:review-1
SUMMARY:Quarterly
  review
DTSTART:20240105T140000
DTEND:20240105T153000
RDATE:20240112T140000
END:VEVENT
END:VCALENDAR
"""


class IcsTests(unittest.TestCase):
    def test_parse(self):
        standup, review = parse_calendar(CAL)
        self.assertEqual(standup.summary, "Team stand-up")
        self.assertEqual(standup.duration, timedelta(minutes=15))
        self.assertEqual(review.summary, "Quarterly review")
        self.assertEqual(review.duration, timedelta(minutes=90))
        occ = standup.occurrences(datetime(2024, 1, 1), datetime(2024, 1, 8))
        self.assertEqual([b for b, _ in occ], [datetime(2024, 1, 2, 9, 30), datetime(2024, 1, 4, 9, 30)])
        self.assertEqual(len(review.occurrences(datetime(2024, 1, 1), datetime(2024, 2, 1))), 2)

    def test_errors(self):
        for text in ["BEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\n",
                     "BEGIN:VEVENT\nDTSTART:2024\nEND:VEVENT\n",
                     "BEGIN:VEVENT\nDTSTART:20240101\nRRULE:FREQ=SOMETIMES\nEND:VEVENT\n",
                     "BEGIN:VEVENT\nDTSTART:20240101\n",
                     "BEGIN:VEVENT\nDTSTART:20240101\nbroken line\nEND:VEVENT\n"]:
            with self.assertRaises(CalendarError, msg=text):
                parse_calendar(text)

    def test_cli_agenda(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "cal.ics")
            with open(path, "w") as fh:
                fh.write(CAL)
            out = io.StringIO()
            self.assertEqual(main(["agenda", path, "--from", "2024-01-04", "--days", "2"], stdout=out), 0)
            self.assertEqual(out.getvalue(), "2024-01-04 09:30-09:45  Team stand-up\n"
                                             "2024-01-05 14:00-15:30  Quarterly review\n")


if __name__ == "__main__":
    unittest.main()
