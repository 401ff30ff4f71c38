import io
import os
import tempfile
import unittest
from decimal import Decimal

from tripsplit.cli import main
from tripsplit.expenses import parse_expenses
from tripsplit.settlement import balances, settle
from tripsplit.splitting import allocate, split_equal, split_itemized, split_weighted

D = Decimal

LISBON = """\
# Lisbon, May
2024-05-10 | Dana  | 100.00 | taxi from airport  | equal: Dana, Eli, Fay
2024-05-10 | Eli   | 245.50 | apartment, night 1 | weights: Dana=1, Eli=1, Fay=1, Gus=1.5
2024-05-11 | Fay   |  62.40 | lunch              | items: Gus=14.90; rest: Dana, Eli, Fay
2024-05-11 | Gus   |  40.00 | museum             | equal: Dana, Eli, Fay, Gus
"""


class AllocationTests(unittest.TestCase):
    def check_fair(self, total, weights, shares, step):
        self.assertEqual(sum(shares), total)
        weight_sum = sum(D(w) for w in weights)
        for w, share in zip(weights, shares):
            exact = total * D(w) / weight_sum
            self.assertLess(abs(share - exact), step, (weights, shares))
            self.assertEqual(share, share.quantize(step))

    def test_equal(self):
        shares = split_equal(D("100.00"), ["Dana", "Eli", "Fay"], "EUR")
        self.assertEqual(sorted(shares.values()), [D("33.33"), D("33.33"), D("33.34")])

    def test_many_small(self):
        for total, n in [(D("0.10"), 7), (D("1.00"), 13), (D("0.05"), 9), (D("999.99"), 6)]:
            shares = allocate(total, [1] * n, "EUR")
            self.check_fair(total, [1] * n, shares, D("0.01"))

    def test_weighted(self):
        weights = {"Dana": D(1), "Eli": D(1), "Fay": D(1), "Gus": D("1.5")}
        shares = split_weighted(D("245.50"), weights, "EUR")
        self.check_fair(D("245.50"), list(weights.values()), [shares[p] for p in weights], D("0.01"))
        weights = [3, 5, 7, 11]
        self.check_fair(D("10.00"), weights, allocate(D("10.00"), weights, "EUR"), D("0.01"))

    def test_other_currencies_and_refunds(self):
        self.check_fair(D("1000"), [1, 1, 1], allocate(D("1000"), [1, 1, 1], "JPY"), D("1"))
        self.check_fair(D("1.000"), [1, 2, 4], allocate(D("1.000"), [1, 2, 4], "KWD"), D("0.001"))
        self.check_fair(D("-100.00"), [1, 1, 1], allocate(D("-100.00"), [1, 1, 1], "EUR"), D("0.01"))

    def test_itemized(self):
        shares = split_itemized(D("62.40"), {"Gus": D("14.90")}, ["Dana", "Eli", "Fay"], "EUR")
        self.assertEqual(sum(shares.values()), D("62.40"))
        self.assertEqual(shares["Gus"], D("14.90"))

    def test_trip_settles(self):
        _, expenses = parse_expenses(LISBON)
        for expense in expenses:
            self.assertEqual(sum(expense.shares.values()), expense.amount, expense.what)
        net = balances(expenses)
        self.assertEqual(sum(net.values()), 0)
        remaining = dict(net)
        for debtor, creditor, amount in settle(net):
            remaining[debtor] += amount
            remaining[creditor] -= amount
        self.assertTrue(all(v == 0 for v in remaining.values()), remaining)

    def test_cli(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "lisbon.txt")
            with open(path, "w") as fh:
                fh.write(LISBON)
            out, err = io.StringIO(), io.StringIO()
            self.assertEqual(main([path], stdout=out, stderr=err), 0, err.getvalue())
            self.assertIn("transfers:", out.getvalue())


if __name__ == "__main__":
    unittest.main()
