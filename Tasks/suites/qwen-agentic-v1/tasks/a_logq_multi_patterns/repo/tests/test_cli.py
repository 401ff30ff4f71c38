import csv
import io
import json
import os
import tempfile
import unittest

from logq.cli import main, parse_line, read_records

LOG = """2024-03-01 10:00:00,120 INFO [app] started
2024-03-01 10:05:00,000 WARNING [app.db] slow query took 2.1s
[2024-03-01T10:06:00] ERROR app.db: connection lost
Traceback (most recent call last):
  ConnectionResetError: peer reset
{"ts": "2024-03-01T10:07:00", "level": "warn", "logger": "cache", "msg": "eviction storm"}
2024-03-01 11:00:00,000 DEBUG [app] heartbeat
"""


class ParseTests(unittest.TestCase):
    def test_formats(self):
        records = read_records(io.StringIO(LOG), "x.log")
        self.assertEqual([r.level for r in records], ["INFO", "WARNING", "ERROR", "WARNING", "DEBUG"])
        self.assertEqual(records[2].extra[1].strip(), "ConnectionResetError: peer reset")
        self.assertEqual(records[3].logger, "cache")

    def test_garbage_is_continuation(self):
        self.assertIsNone(parse_line("just text", "x", 1))


class CliTests(unittest.TestCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.path = os.path.join(tmp.name, "app.log")
        with open(self.path, "w", encoding="utf-8") as fh:
            fh.write(LOG)

    def run_cli(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        code = main([self.path, *argv], stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue()

    def test_level(self):
        code, out, _ = self.run_cli("--level", "warn")
        self.assertEqual(code, 0)
        self.assertEqual(len(out.splitlines()), 5)   # 3 records + 2 continuation lines

    def test_grep_searches_continuation_lines(self):
        code, out, _ = self.run_cli("--grep", "Reset", "--format", "json")
        (line,) = out.splitlines()
        self.assertEqual(json.loads(line)["level"], "ERROR")

    def test_exclude_and_logger(self):
        _, out, _ = self.run_cli("--logger", "app", "--exclude", "heartbeat", "--format", "csv")
        rows = list(csv.reader(io.StringIO(out)))
        self.assertEqual([r[2] for r in rows[1:]], ["app", "app.db", "app.db"])

    def test_count(self):
        _, out, _ = self.run_cli("--count")
        self.assertEqual(out.splitlines()[-1].split(), ["total", "5"])

    def test_time_window_and_tail(self):
        _, out, _ = self.run_cli("--since", "2024-03-01T10:05", "--until", "2024-03-01 11:00", "--tail", "1")
        self.assertIn("eviction storm", out)
        self.assertEqual(len(out.splitlines()), 1)

    def test_usage_errors(self):
        code, _, err = self.run_cli("--head", "1", "--tail", "1")
        self.assertEqual(code, 2)
        self.assertIn("cannot be combined", err)
        code, _, _ = self.run_cli("--level", "LOUD")
        self.assertEqual(code, 2)


if __name__ == "__main__":
    unittest.main()
