import unittest
from datetime import date

from recon.statement import StatementError, parse_amount, parse_date, parse_fixed_width, parse_statement, totals


class AmountTests(unittest.TestCase):
    def test_shapes(self):
        self.assertEqual(parse_amount("12"), 12)
        self.assertEqual(parse_amount("-5"), -5)
        self.assertEqual(parse_amount("(7)"), -7)
        self.assertEqual(parse_amount("€ 1.000"), 1000)
        self.assertEqual(parse_amount("3 DR"), -3)
        self.assertEqual(parse_amount("8-"), -8)

    def test_bad(self):
        for text in ["", "abc", "1.2.3x"]:
            with self.assertRaises(ValueError):
                parse_amount(text)


class DateTests(unittest.TestCase):
    def test_formats(self):
        self.assertEqual(parse_date("2024-03-01"), date(2024, 3, 1))
        self.assertEqual(parse_date("01.03.24"), date(2024, 3, 1))
        self.assertEqual(parse_date("03/01/2024", "mdy"), date(2024, 3, 1))
        self.assertEqual(parse_date("03/01/2024"), date(2024, 1, 3))


class StatementTests(unittest.TestCase):
    def test_signed_amount_layout(self):
        lines = parse_statement("Date,Amount,Description\n2024-03-01,100,INV-1001 thanks\n2024-03-02,-20,fee\n")
        self.assertEqual([l.amount for l in lines], [100, -20])
        self.assertEqual(lines[0].references, ["INV-1001"])

    def test_debit_credit_layout(self):
        lines = parse_statement("Booking date;Paid out;Paid in;Narrative\n01.03.2024;;250;inv 1002\n02.03.2024;40;;rent\n")
        self.assertEqual([l.amount for l in lines], [250, -40])
        self.assertEqual(lines[0].references, ["INV-1002"])

    def test_duplicates_skipped(self):
        text = "Date,Amount,Memo\n2024-03-01,5,x\n2024-03-01,5,x\n"
        self.assertEqual(len(parse_statement(text)), 1)
        self.assertEqual(len(parse_statement(text, skip_duplicates=False)), 2)

    def test_missing_columns(self):
        with self.assertRaises(StatementError):
            parse_statement("When,Amount\n2024-03-01,5\n")

    def test_fixed_width(self):
        text = "* export\n" + "2024-03-01" + "%14s" % "12" + "%-20s" % "ACME" + "INV-1003\n"
        (line,) = parse_fixed_width(text)
        self.assertEqual((line.amount, line.payer, line.references), (12, "ACME", ["INV-1003"]))

    def test_totals(self):
        lines = parse_statement("Date,Amount\n2024-03-01,10\n2024-03-02,-4\n")
        self.assertEqual(totals(lines), (10, 4, 6))


if __name__ == "__main__":
    unittest.main()
