import io
import os
import tempfile
import unittest
from datetime import date

from todo import ParseError, TodoFile, parse_line, select
from todo.cli import main

SAMPLE = """(B) 2024-01-02 Renew passport +admin due:2024-03-01
x 2024-01-05 2024-01-01 Buy milk @shop
(A) Call the plumber +house @phone
not a valid (Z) line is fine too
Water plants +house t:2024-01-01
"""


class ModelTests(unittest.TestCase):
    def test_parse(self):
        t = parse_line("(A) 2024-01-02 Call Bob +work @phone due:2024-01-09 see:https://x.y")
        self.assertEqual((t.priority, t.created, t.projects, t.contexts), ("A", date(2024, 1, 2), ["work"], ["phone"]))
        self.assertEqual(t.tags, {"due": "2024-01-09", "see": "https://x.y"})
        self.assertEqual(t.text, "Call Bob +work @phone")

    def test_done_round_trip(self):
        line = "x 2024-01-05 2024-01-01 Buy milk @shop"
        self.assertEqual(parse_line(line).to_line(), line)

    def test_errors(self):
        with self.assertRaises(ParseError):
            parse_line("(A) 2024-13-01 bad month")
        with self.assertRaises(ParseError):
            parse_line("due:2024-01-01")


class CliTests(unittest.TestCase):
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

    def test_list_by_priority(self):
        code, text = self.run_cli("list")
        numbers = [int(line.split()[0]) for line in text.splitlines()[:-1]]
        self.assertEqual(numbers, [3, 1, 4, 5])

    def test_filters(self):
        _, text = self.run_cli("list", "-p", "house", "--sort", "number")
        self.assertEqual([int(l.split()[0]) for l in text.splitlines()[:-1]], [3, 5])

    def test_add_and_done(self):
        code, text = self.run_cli("add", "Fix", "bike", "+garage")
        self.assertIn("added 6: 2024-02-10 Fix bike +garage", text)
        self.run_cli("done", "3")
        todo = TodoFile(self.path)
        self.assertTrue(todo.get(3).done)
        self.assertEqual(todo.get(3).completed, date(2024, 2, 10))
        self.assertEqual(select(todo.tasks, project="house"), [(5, todo.get(5))])


if __name__ == "__main__":
    unittest.main()
