import io
import os
import tempfile
import unittest
from datetime import date
from decimal import Decimal

from ledger.cli import main
from ledger.journal import JournalError, parse_journal
from ledger.reports import balance_rows, register_rows

JOURNAL = """\
2024-01-05 Salary
    assets:bank          2,500.00 EUR
    income:salary

2024-01-07 Groceries ; weekly shop
    expenses:food            84.35 EUR
    assets:bank

2024-01-09 Trip to Tokyo
    expenses:travel      12000 JPY
    assets:cash          -12000 JPY

2024-02-01 Rent
    expenses:rent           950.00 EUR
    assets:bank            -950.00 EUR
"""


class LedgerTests(unittest.TestCase):
    def test_parse(self):
        txs = parse_journal(JOURNAL)
        self.assertEqual(len(txs), 4)
        self.assertEqual(txs[0].postings[1].amount, Decimal("-2500.00"))
        self.assertEqual(txs[1].description, "Groceries")

    def test_unbalanced(self):
        with self.assertRaises(JournalError):
            parse_journal("2024-01-01 x\n    a  1.00 EUR\n    b  -2.00 EUR\n")

    def test_balance_rows(self):
        rows = balance_rows(parse_journal(JOURNAL), depth=1)
        self.assertEqual(rows, [("assets", "EUR", Decimal("1465.65")), ("assets", "JPY", Decimal("-12000")),
                                ("expenses", "EUR", Decimal("1034.35")), ("expenses", "JPY", Decimal("12000")),
                                ("income", "EUR", Decimal("-2500.00"))])

    def test_register_rows(self):
        rows = register_rows(parse_journal(JOURNAL), "assets:bank", start=date(2024, 1, 6))
        self.assertEqual([(r[0].day, r[4], r[5]) for r in rows],
                         [(7, Decimal("-84.35"), Decimal("2415.65")), (1, Decimal("-950.00"), Decimal("1465.65"))])

    def test_cli_text(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "j.ledger")
            with open(path, "w") as fh:
                fh.write(JOURNAL)
            out = io.StringIO()
            self.assertEqual(main(["-f", path, "bal", "--end", "2024-01-08"], stdout=out), 0)
            self.assertEqual(out.getvalue().splitlines(), [
                "        2,415.65 EUR  assets",
                "        2,415.65 EUR    bank",
                "           84.35 EUR  expenses",
                "           84.35 EUR    food",
                "       -2,500.00 EUR  income",
                "       -2,500.00 EUR    salary",
            ])


if __name__ == "__main__":
    unittest.main()
