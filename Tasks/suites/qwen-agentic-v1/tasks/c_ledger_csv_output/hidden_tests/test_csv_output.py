import contextlib
import csv
import io
import os
import tempfile
import unittest

from ledger.cli import main

JOURNAL = """\
2024-01-05 Salary
    assets:bank          2,500.00 EUR
    income:salary

2024-01-07 Dinner at "Chez Marie" with the whole team
    expenses:restaurants            84.35 EUR
    assets:bank

2024-01-08 Birthday
    expenses:gifts, flowers         30.00 EUR
    assets:bank

2024-01-09 Trip to Tokyo
    expenses:travel      12000 JPY
    assets:cash          -12000 JPY

2024-02-01 House
    assets:house          1,234,567.50 EUR
    liabilities:mortgage
"""


class CsvOutputTests(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.path = os.path.join(self.dir.name, "j.ledger")
        with open(self.path, "w") as fh:
            fh.write(JOURNAL)

    def run_main(self, *argv):
        out = io.StringIO()
        code = main(["-f", self.path, *argv], stdout=out, stderr=io.StringIO())
        return code, out.getvalue()

    def read(self, text):
        return list(csv.reader(io.StringIO(text)))

    def test_balance_csv(self):
        code, text = self.run_main("balance", "--format", "csv", "--end", "2024-02-01")
        self.assertEqual(code, 0)
        self.assertEqual(self.read(text), [
            ["account", "commodity", "amount"],
            ["assets", "EUR", "2385.65"],
            ["assets", "JPY", "-12000"],
            ["assets:bank", "EUR", "2385.65"],
            ["assets:cash", "JPY", "-12000"],
            ["expenses", "EUR", "114.35"],
            ["expenses", "JPY", "12000"],
            ["expenses:gifts, flowers", "EUR", "30.00"],
            ["expenses:restaurants", "EUR", "84.35"],
            ["expenses:travel", "JPY", "12000"],
            ["income", "EUR", "-2500.00"],
            ["income:salary", "EUR", "-2500.00"],
        ])

    def test_balance_csv_depth_and_big_numbers(self):
        code, text = self.run_main("bal", "--depth", "1", "--begin", "2024-02-01", "--format", "csv")
        self.assertEqual(code, 0)
        self.assertEqual(self.read(text), [["account", "commodity", "amount"],
                                           ["assets", "EUR", "1234567.50"],
                                           ["liabilities", "EUR", "-1234567.50"]])

    def test_register_csv(self):
        code, text = self.run_main("register", "assets:bank", "--format", "csv")
        self.assertEqual(code, 0)
        rows = list(csv.DictReader(io.StringIO(text)))
        self.assertEqual(list(rows[0]), ["date", "description", "account", "commodity", "amount", "balance"])
        self.assertEqual([(r["date"], r["amount"], r["balance"]) for r in rows],
                         [("2024-01-05", "2500.00", "2500.00"), ("2024-01-07", "-84.35", "2415.65"),
                          ("2024-01-08", "-30.00", "2385.65")])
        self.assertEqual(rows[1]["description"], 'Dinner at "Chez Marie" with the whole team')
        self.assertEqual({r["account"] for r in rows}, {"assets:bank"})

    def test_register_csv_full_names(self):
        code, text = self.run_main("reg", "expenses", "--format", "csv")
        rows = self.read(text)[1:]
        self.assertEqual([r[2] for r in rows], ["expenses:restaurants", "expenses:gifts, flowers", "expenses:travel"])
        self.assertEqual([(r[3], r[4], r[5]) for r in rows],
                         [("EUR", "84.35", "84.35"), ("EUR", "30.00", "114.35"), ("JPY", "12000", "12000")])

    def test_text_is_default_and_unchanged(self):
        code, default = self.run_main("bal", "--depth", "1", "--end", "2024-01-06")
        self.assertEqual(code, 0)
        code, explicit = self.run_main("bal", "--depth", "1", "--end", "2024-01-06", "--format", "text")
        self.assertEqual(default, explicit)
        self.assertEqual(default, "        2,500.00 EUR  assets\n       -2,500.00 EUR  income\n")

    def test_unknown_format_rejected(self):
        with contextlib.redirect_stderr(io.StringIO()):
            with self.assertRaises(SystemExit) as ctx:
                main(["-f", self.path, "bal", "--format", "xml"], stdout=io.StringIO())
        self.assertEqual(ctx.exception.code, 2)


if __name__ == "__main__":
    unittest.main()
