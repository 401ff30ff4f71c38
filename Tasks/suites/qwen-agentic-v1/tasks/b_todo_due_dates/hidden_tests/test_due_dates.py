import io
import os
import tempfile
import unittest
from datetime import date

from todo import ParseError, TodoFile, parse_line
from todo.cli import main

SAMPLE = """(B) 2024-01-02 Renew passport +admin due:2024-03-01
x 2024-01-05 2024-01-01 Buy milk @shop due:2024-01-04
(A) Call the plumber +house @phone
Pay rent +house due:2024-02-01
(C) File taxes +admin due:2024-02-10
Water plants +house due:2024-02-09
(A) Book dentist due:2024-02-10
"""


class TaskDueTests(unittest.TestCase):
    def test_due_property(self):
        self.assertEqual(parse_line("Pay rent due:2024-02-01").due, date(2024, 2, 1))
        self.assertIsNone(parse_line("(A) Call Bob").due)

    def test_malformed_due_is_an_error(self):
        with self.assertRaises(ParseError):
            parse_line("Pay rent due:tomorrow")
        with self.assertRaises(ParseError):
            parse_line("Pay rent due:2024-02-30")

    def test_due_survives_round_trip(self):
        line = "(B) 2024-01-02 Renew passport +admin due:2024-03-01"
        self.assertEqual(parse_line(line).to_line(), line)


class CliDueTests(unittest.TestCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.path = os.path.join(tmp.name, "todo.txt")
        with open(self.path, "w") as fh:
            fh.write(SAMPLE)

    def run_cli(self, *argv):
        out = io.StringIO()
        code = main(["--file", self.path, "--today", "2024-02-10"] + list(argv), out=out)
        return code, out.getvalue()

    def numbers(self, *argv):
        code, text = self.run_cli("list", *argv)
        self.assertEqual(code, 0)
        return [int(line.split()[0]) for line in text.splitlines() if not line.startswith("--")]

    def test_due_before_is_strict(self):
        self.assertEqual(sorted(self.numbers("--due-before", "2024-02-10")), [4, 6])

    def test_due_before_with_all_includes_finished(self):
        self.assertEqual(sorted(self.numbers("--due-before", "2024-02-10", "--all")), [2, 4, 6])

    def test_due_before_combines_with_other_filters(self):
        self.assertEqual(self.numbers("--due-before", "2024-12-31", "-p", "admin"), [1, 5])

    def test_overdue(self):
        self.assertEqual(sorted(self.numbers("--overdue")), [4, 6])
        self.assertEqual(sorted(self.numbers("--overdue", "--all")), [4, 6])

    def test_overdue_follows_today(self):
        out = io.StringIO()
        main(["--file", self.path, "--today", "2024-03-02", "list", "--overdue"], out=out)
        listed = sorted(int(l.split()[0]) for l in out.getvalue().splitlines() if not l.startswith("--"))
        self.assertEqual(listed, [1, 4, 5, 6, 7])

    def test_sort_by_due_keeps_line_numbers(self):
        self.assertEqual(self.numbers("--sort", "due"), [4, 6, 7, 5, 1, 3])
        _, text = self.run_cli("list", "--sort", "due")
        self.assertTrue(text.splitlines()[0].split()[1:3] == ["Pay", "rent"])

    def test_add_rejects_malformed_due(self):
        code, _ = self.run_cli("add", "Pay", "rent", "due:someday")
        self.assertEqual(code, 2)
        self.assertEqual(len(TodoFile(self.path).tasks), 7)

    def test_done_keeps_due_tag(self):
        self.run_cli("done", "4")
        task = TodoFile(self.path).get(4)
        self.assertTrue(task.done)
        self.assertEqual(task.due, date(2024, 2, 1))

    def test_existing_listing_unchanged(self):
        self.assertEqual(self.numbers(), [3, 7, 1, 5, 4, 6])


if __name__ == "__main__":
    unittest.main()
