import unittest
from datetime import date
from decimal import Decimal

from recon import Invoice, InvoiceBook, parse_statement, reconcile
from recon.statement import parse_amount, parse_fixed_width, totals


class ExactAmountTests(unittest.TestCase):
    def test_paid_exactly(self):
        book = InvoiceBook([Invoice("INV-2001", "Acme", Decimal("19.99")),
                            Invoice("INV-2002", "Acme", Decimal("1234.56"))])
        reconcile(parse_statement(
            'Date,Amount,Memo\n2024-03-01,19.99,INV-2001\n2024-03-01,"1,234.56",INV-2002\n'), book)
        for number, total in (("INV-2001", Decimal("19.99")), ("INV-2002", Decimal("1234.56"))):
            inv = book.get(number)
            self.assertEqual(inv.status(), "paid")
            self.assertEqual(inv.balance(), 0)
            self.assertEqual(inv.paid(), total)

    def test_instalments(self):
        book = InvoiceBook([Invoice("INV-3001", "Initech", Decimal("100.30"))])
        text = "Date,Amount,Memo\n2024-03-01,33.43,INV-3001 1/3\n2024-03-08,33.43,INV-3001 2/3\n2024-03-15,33.44,INV-3001 3/3\n"
        reconcile(parse_statement(text), book)
        inv = book.get("INV-3001")
        self.assertEqual(inv.paid(), Decimal("100.30"))
        self.assertEqual(inv.status(), "paid")

    def test_overpaid_by_a_cent(self):
        book = InvoiceBook([Invoice("INV-4001", "Umbrella", Decimal("50.10"))])
        reconcile(parse_statement("Date,Amount,Memo\n2024-03-01,50.11,INV-4001\n"), book)
        inv = book.get("INV-4001")
        self.assertEqual(inv.status(), "overpaid")
        self.assertEqual(inv.balance(), Decimal("-0.01"))

    def test_debit_credit_decimal_comma(self):
        text = "Booking date;Paid out;Paid in;Narrative\n01.03.2024;;1.234,56;INV 5001\n02.03.2024;(12,10);;fee\n"
        lines = parse_statement(text)
        self.assertEqual([l.amount for l in lines], [Decimal("1234.56"), Decimal("-12.10")])
        self.assertEqual(totals(lines), (Decimal("1234.56"), Decimal("12.10"), Decimal("1222.46")))

    def test_fixed_width_exact(self):
        row = "2024-03-01" + "%14s" % "0.10" + "%-20s" % "ACME" + "INV-6001\n"
        row2 = "2024-03-02" + "%14s" % "0.20" + "%-20s" % "ACME" + "INV-6001\n"
        lines = parse_fixed_width(row + row2)
        self.assertEqual(sum(l.amount for l in lines), Decimal("0.30"))
        self.assertEqual(lines[0].booked, date(2024, 3, 1))

    def test_parse_amount_values(self):
        self.assertEqual(parse_amount("19.99"), Decimal("19.99"))
        self.assertEqual(parse_amount("$ 4,321.07 CR"), Decimal("4321.07"))
        self.assertEqual(parse_amount("0,07-"), Decimal("-0.07"))


if __name__ == "__main__":
    unittest.main()
