import unittest

from tabletext import Table, TableError, parse_markdown, render


class TableTests(unittest.TestCase):
    def test_short_rows_are_padded(self):
        t = Table(["a", "b"], [[1]])
        self.assertEqual(t.rows, [[1, None]])

    def test_too_long_row(self):
        with self.assertRaises(TableError):
            Table(["a"], [[1, 2]])

    def test_from_dicts(self):
        t = Table.from_dicts([{"x": 1}, {"y": 2}])
        self.assertEqual(t.headers, ["x", "y"])
        self.assertEqual(t.column("y"), [None, 2])


class RenderTests(unittest.TestCase):
    def setUp(self):
        self.t = Table(["name", "qty"], [["bolt", 12], ["washer", 1.5], ["nut", None]])

    def test_plain(self):
        self.assertEqual(render(self.t), "name    qty\n------  ---\nbolt    12\nwasher  1.5\nnut")

    def test_grid(self):
        self.assertEqual(render(self.t, "grid").splitlines()[:4], [
            "+--------+-----+", "| name   | qty |", "+--------+-----+", "| bolt   | 12  |"])

    def test_markdown(self):
        self.assertEqual(render(Table(["a|b"], [["x"]]), "markdown"), "| a\\|b |\n| ---- |\n| x    |")

    def test_truncate(self):
        self.assertEqual(render(Table(["description"], [["a long text"]]), max_width=5),
                         "desc…\n-----\na lo…")

    def test_unknown_style(self):
        with self.assertRaises(TableError):
            render(self.t, "html")


class ParseTests(unittest.TestCase):
    def test_round_trip(self):
        text = render(self.table(), "markdown")
        self.assertEqual(parse_markdown(text).rows, [["bolt", "12"], ["a|b", ""]])

    def table(self):
        return Table(["name", "qty"], [["bolt", 12], ["a|b", None]])

    def test_surrounding_text(self):
        text = "Intro\n\n| k | v |\n|---|---|\n| 1 | 2 |\n\nAfter"
        self.assertEqual(parse_markdown(text).rows, [["1", "2"]])

    def test_no_table(self):
        with self.assertRaises(TableError):
            parse_markdown("just text")


if __name__ == "__main__":
    unittest.main()
