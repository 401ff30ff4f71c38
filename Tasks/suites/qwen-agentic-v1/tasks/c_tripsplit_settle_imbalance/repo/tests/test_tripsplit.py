import io
import os
import tempfile
import unittest
from decimal import Decimal

from tripsplit.cli import main
from tripsplit.expenses import ExpenseError, parse_expenses
from tripsplit.money import MoneyError, parse_money
from tripsplit.settlement import ImbalanceError, balances, settle
from tripsplit.splitting import SplitError, split_equal, split_exact, split_weighted

D = Decimal

TRIP = """\
# ski weekend
2024-02-01 | Alice | 120.00 | groceries | equal: Alice, Bob, Carol
2024-02-02 | Bob   | 300.00 | chalet    | weights: Alice=2, Bob=2, Carol=1
2024-02-03 | Carol |  50.00 | ski pass  | exact: Alice=20, Carol=30
2024-02-04 | Alice |  90.00 | dinner    | items: Bob=30.00; rest: Alice, Carol
"""


class TripTests(unittest.TestCase):
    def test_money(self):
        self.assertEqual(parse_money("1,234.5", "EUR"), D("1234.50"))
        self.assertEqual(parse_money("500", "JPY"), D("500"))
        for bad in ["12.345", "abc", "NaN"]:
            with self.assertRaises(MoneyError):
                parse_money(bad, "EUR")

    def test_simple_splits(self):
        self.assertEqual(split_equal(D("120.00"), ["A", "B", "C"], "EUR"), {"A": D("40.00"), "B": D("40.00"), "C": D("40.00")})
        self.assertEqual(split_weighted(D("300.00"), {"A": 2, "B": 1}, "EUR"), {"A": D("200.00"), "B": D("100.00")})
        with self.assertRaises(SplitError):
            split_exact(D("10.00"), {"A": "3", "B": "3"}, "EUR")
        with self.assertRaises(SplitError):
            split_equal(D("10.00"), ["A", "A"], "EUR")

    def test_trip(self):
        currency, expenses = parse_expenses(TRIP)
        self.assertEqual(currency, "EUR")
        net = balances(expenses)
        self.assertEqual(net, {"Alice": D("0.00"), "Bob": D("110.00"), "Carol": D("-110.00")})
        self.assertEqual(settle(net), [("Carol", "Bob", D("110.00"))])

    def test_settle_rejects_inconsistent_balances(self):
        with self.assertRaises(ImbalanceError):
            settle({"A": D("1.00"), "B": D("-0.50")})

    def test_bad_lines(self):
        for text in ["2024-02-01 | A | 1.00 | x", "2024-02-01 | A | 1.00 | x | thirds: A, B",
                     "2024-13-01 | A | 1.00 | x | equal: A"]:
            with self.assertRaises(ExpenseError):
                parse_expenses(text)

    def test_cli(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "trip.txt")
            with open(path, "w") as fh:
                fh.write(TRIP)
            out = io.StringIO()
            self.assertEqual(main([path], stdout=out), 0)
            self.assertIn("  Carol -> Bob: 110.00 EUR\n", out.getvalue())


if __name__ == "__main__":
    unittest.main()
