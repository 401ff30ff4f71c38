import io
import os
import tempfile
import unittest
from datetime import timedelta

from logrecap.cli import main
from logrecap.records import read_requests
from logrecap.report import hourly_histogram, session_stats
from logrecap.sessions import sessionize

LOG = """\
10.0.0.7 - - [03/Mar/2024:08:00:00 +0000] "GET / HTTP/1.1" 200 100
10.0.0.8 - - [03/Mar/2024:08:05:00 +0000] "GET /about HTTP/1.1" 200 100
10.0.0.7 - - [03/Mar/2024:08:10:00 +0000] "GET /static/app.css HTTP/1.1" 200 100
10.0.0.7 - - [03/Mar/2024:08:20:00 +0000] "GET /pricing HTTP/1.1" 200 100
10.0.0.8 - - [03/Mar/2024:09:30:00 +0000] "GET / HTTP/1.1" 200 100
10.0.0.7 - - [03/Mar/2024:09:40:00 +0000] "GET /missing HTTP/1.1" 404 100
"""


class SummaryTests(unittest.TestCase):
    def test_sessions(self):
        sessions = sessionize(read_requests(LOG.splitlines()))
        self.assertEqual([(s.client, s.duration, s.pages) for s in sessions],
                         [("10.0.0.7", timedelta(minutes=20), 2), ("10.0.0.8", timedelta(0), 1),
                          ("10.0.0.8", timedelta(0), 1), ("10.0.0.7", timedelta(0), 1)])
        stats = session_stats(sessions)
        self.assertEqual(stats["sessions"], 4)
        self.assertEqual(stats["longest"], timedelta(minutes=20))

    def test_histogram(self):
        self.assertEqual(hourly_histogram(read_requests(LOG.splitlines())), {8: 4, 9: 2})

    def test_cli(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "access.log")
            with open(path, "w") as fh:
                fh.write(LOG)
            out = io.StringIO()
            self.assertEqual(main([path], stdout=out), 0)
            self.assertIn("sessions: 4 (median 0:00:00, longest 0:20:00, 1.25 pages each)", out.getvalue())
            self.assertIn("  08:00  4", out.getvalue())
