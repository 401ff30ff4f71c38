import csv
import io
import os
import tempfile
import unittest

from logq.cli import main

LOG = """2024-03-01 10:00:00,000 INFO [app] started
2024-03-01 10:01:00,000 WARNING [app.db] DB timeout after 5s
2024-03-01 10:02:00,000 WARNING [app.http] upstream timeout
2024-03-01 10:03:00,000 INFO [app] heartbeat ok
2024-03-01 10:04:00,000 INFO [app] HealthCheck passed
[2024-03-01T10:05:00] ERROR app.db: query failed
Traceback (most recent call last):
  TimeoutError: db read timed out
2024-03-01 10:06:00,000 DEBUG [app.db] pool size 4
"""


class PatternTests(unittest.TestCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.path = os.path.join(tmp.name, "app.log")
        with open(self.path, "w", encoding="utf-8") as fh:
            fh.write(LOG)

    def run_cli(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        code = main([self.path, *argv], stdout=out, stderr=err)
        rows = list(csv.reader(io.StringIO(out.getvalue()))) if "csv" in argv else None
        return code, out.getvalue(), rows

    def messages(self, *argv):
        code, _, rows = self.run_cli(*argv, "--format", "csv")
        return code, [r[3].split("\n")[0] for r in rows[1:]]

    def test_repeated_grep_means_all(self):
        code, msgs = self.messages("--grep", "timeout", "--grep", "DB")
        self.assertEqual(code, 0)
        self.assertEqual(msgs, ["DB timeout after 5s"])

    def test_repeated_grep_across_continuation_lines(self):
        _, msgs = self.messages("--grep", "query", "--grep", "timed out")
        self.assertEqual(msgs, ["query failed"])

    def test_repeated_exclude_means_any(self):
        _, msgs = self.messages("--level", "info", "--logger", "app", "--only-level", "INFO",
                                "--exclude", "heartbeat", "--exclude", "Health")
        self.assertEqual(msgs, ["started"])

    def test_ignore_case(self):
        _, msgs = self.messages("-i", "--grep", "TIMEOUT")
        self.assertEqual(msgs, ["DB timeout after 5s", "upstream timeout", "query failed"])
        _, msgs = self.messages("--ignore-case", "--only-level", "INFO", "--exclude", "HEARTBEAT", "--exclude", "healthcheck")
        self.assertEqual(msgs, ["started"])
        _, msgs = self.messages("--grep", "TIMEOUT")
        self.assertEqual(msgs, [])

    def test_exit_status(self):
        code, out, _ = self.run_cli("--grep", "nothing-like-this")
        self.assertEqual((code, out), (1, ""))
        code, out, _ = self.run_cli("--grep", "nothing-like-this", "--count")
        self.assertEqual(code, 1)
        self.assertEqual(out.splitlines()[-1].split(), ["total", "0"])
        code, _, _ = self.run_cli("--grep", "pool", "--count")
        self.assertEqual(code, 0)
        code, _, _ = self.run_cli("--head", "0")
        self.assertEqual(code, 1)
        code, _, _ = self.run_cli("--grep", "(")
        self.assertEqual(code, 2)
        out, err = io.StringIO(), io.StringIO()
        self.assertEqual(main([self.path + ".missing"], stdout=out, stderr=err), 2)

    def test_single_patterns_still_work(self):
        _, msgs = self.messages("--grep", "upstream")
        self.assertEqual(msgs, ["upstream timeout"])
        _, msgs = self.messages("--logger", "app.db", "--exclude", "pool")
        self.assertEqual(msgs, ["DB timeout after 5s", "query failed"])
        _, msgs = self.messages("--logger", "app", "--grep", "timeout", "--exclude", "DB")
        self.assertEqual(msgs, ["upstream timeout"])


if __name__ == "__main__":
    unittest.main()
