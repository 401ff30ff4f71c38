import io
import os
import tempfile
import unittest
from datetime import datetime, timedelta

from logrecap.cli import main
from logrecap.records import read_requests
from logrecap.report import hourly_histogram
from logrecap.sessions import sessionize
from logrecap.timeparse import parse_timestamp

LOG = """\
2024-03-02 11:51:13 PM client=10.4.2.19 GET /api/items status=200 bytes=311
2024-03-02 11:58:00 PM client=10.4.2.20 GET / status=200 bytes=10
2024-03-03 12:02:41 AM client=10.4.2.19 GET /api/items/7 status=200 bytes=96
2024-03-03 12:14:05 AM client=10.4.2.19 POST /api/cart status=201 bytes=12
2024-03-03 12:31:40 AM client=10.4.2.19 GET /api/cart status=200 bytes=402
2024-03-03 1:05:09 AM client=10.4.2.19 GET /logout status=200 bytes=20
2024-03-03 12:10:00 PM client=10.4.2.20 GET /lunch status=200 bytes=10
"""


class MidnightTests(unittest.TestCase):
    def test_twelve_hour_clock(self):
        cases = {
            "2024-03-03 12:02:41 AM": datetime(2024, 3, 3, 0, 2, 41),
            "2024-03-03 12:59:59 AM": datetime(2024, 3, 3, 0, 59, 59),
            "2024-03-03 1:00:00 AM": datetime(2024, 3, 3, 1, 0, 0),
            "2024-03-03 11:59:59 AM": datetime(2024, 3, 3, 11, 59, 59),
            "2024-03-03 12:00:00 PM": datetime(2024, 3, 3, 12, 0, 0),
            "2024-03-03 12:45:00 PM": datetime(2024, 3, 3, 12, 45, 0),
            "2024-03-03 01:30:00 PM": datetime(2024, 3, 3, 13, 30, 0),
            "2024-03-03 11:59:59 PM": datetime(2024, 3, 3, 23, 59, 59),
        }
        for text, expected in cases.items():
            self.assertEqual(parse_timestamp(text), expected, text)

    def test_sessions_across_midnight(self):
        sessions = [s for s in sessionize(read_requests(LOG.splitlines())) if s.client == "10.4.2.19"]
        self.assertEqual([(s.start, s.end, len(s.requests)) for s in sessions], [
            (datetime(2024, 3, 2, 23, 51, 13), datetime(2024, 3, 3, 0, 31, 40), 4),
            (datetime(2024, 3, 3, 1, 5, 9), datetime(2024, 3, 3, 1, 5, 9), 1),
        ])
        self.assertEqual(sessions[0].duration, timedelta(minutes=40, seconds=27))

    def test_histogram(self):
        self.assertEqual(hourly_histogram(read_requests(LOG.splitlines())), {0: 3, 1: 1, 12: 1, 23: 2})

    def test_cli(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "app.log")
            with open(path, "w") as fh:
                fh.write(LOG)
            out, err = io.StringIO(), io.StringIO()
            self.assertEqual(main([path], stdout=out, stderr=err), 0, err.getvalue())
            self.assertIn("longest 0:40:27", out.getvalue())
            self.assertIn("  00:00  3", out.getvalue())


if __name__ == "__main__":
    unittest.main()
