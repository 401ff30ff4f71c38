import unittest

from tabletext import Table, TableError, parse_markdown, render


class AlignModelTests(unittest.TestCase):
    def test_default_and_given(self):
        self.assertEqual(Table(["a", "b"]).align, ["left", "left"])
        self.assertEqual(Table(["a", "b"], align=["right", "center"]).align, ["right", "center"])
        self.assertEqual(Table.from_dicts([{"x": 1}]).align, ["left"])

    def test_invalid(self):
        with self.assertRaises(TableError):
            Table(["a"], align=["middle"])
        with self.assertRaises(TableError):
            Table(["a", "b"], align=["left"])


class AlignRenderTests(unittest.TestCase):
    def table(self):
        return Table(["item", "price", "tag"], [["bolt", "0.12", "ab"], ["wheel", "19.99", "x"]],
                     align=["left", "right", "center"])

    def test_plain(self):
        self.assertEqual(render(self.table()),
                         "item   price  tag\n"
                         "-----  -----  ---\n"
                         "bolt    0.12  ab\n"
                         "wheel  19.99   x")

    def test_grid(self):
        self.assertEqual(render(self.table(), "grid").splitlines(), [
            "+-------+-------+-----+",
            "| item  | price | tag |",
            "+-------+-------+-----+",
            "| bolt  |  0.12 | ab  |",
            "| wheel | 19.99 |  x  |",
            "+-------+-------+-----+"])

    def test_markdown(self):
        self.assertEqual(render(self.table(), "markdown").splitlines(), [
            "| item  | price | tag |",
            "| ----- | ----: | :-: |",
            "| bolt  |  0.12 | ab  |",
            "| wheel | 19.99 |  x  |"])

    def test_center_extra_space_right(self):
        t = Table(["heading"], [["ab"], ["abc"]], align=["center"])
        self.assertEqual(render(t, "grid").splitlines()[3:5], ["|   ab    |", "|   abc   |"])

    def test_truncate_then_align(self):
        t = Table(["n"], [["abcdefgh"], ["xy"]], align=["right"])
        self.assertEqual(render(t, max_width=4), "   n\n----\nabc…\n  xy")

    def test_unaligned_output_unchanged(self):
        t = Table(["name", "qty"], [["bolt", 12]])
        self.assertEqual(render(t, "markdown"), "| name | qty |\n| ---- | --- |\n| bolt | 12  |")


class AlignParseTests(unittest.TestCase):
    def test_parse_markers(self):
        t = parse_markdown("| a | b | c | d |\n|:--|--:|:-:|---|\n| 1 | 2 | 3 | 4 |\n")
        self.assertEqual(t.align, ["left", "right", "center", "left"])
        self.assertEqual(t.rows, [["1", "2", "3", "4"]])

    def test_round_trip(self):
        t = Table(["sku", "a|b", "qty"], [["x-1", "p|q", "5"]], align=["center", "left", "right"])
        back = parse_markdown(render(t, "markdown"))
        self.assertEqual(back.align, ["center", "left", "right"])
        self.assertEqual(back.rows, [["x-1", "p|q", "5"]])
        self.assertEqual(back.headers, ["sku", "a|b", "qty"])


if __name__ == "__main__":
    unittest.main()
