import unittest
from decimal import Decimal

from recon import Invoice, InvoiceBook, parse_statement, reconcile, summary


class ReconcileTests(unittest.TestCase):
    def book(self):
        return InvoiceBook([Invoice("INV-1001", "Acme", Decimal("100")),
                            Invoice("INV-1002", "Globex", Decimal("250"))])

    def test_full_and_partial(self):
        book = self.book()
        lines = parse_statement("Date,Amount,Memo\n2024-03-01,100,INV-1001\n2024-03-02,50,INV 1002\n")
        result = reconcile(lines, book)
        self.assertEqual(len(result.matched), 2)
        self.assertEqual(book.get("INV-1001").status(), "paid")
        self.assertEqual(book.get("INV-1002").status(), "partial")
        self.assertEqual(book.outstanding(), Decimal("200"))

    def test_unmatched_and_ambiguous(self):
        book = self.book()
        lines = parse_statement("Date,Amount,Memo\n2024-03-01,10,hello\n2024-03-02,20,INV-1001 INV-1002\n2024-03-03,-5,INV-1001\n")
        result = reconcile(lines, book)
        self.assertEqual((len(result.matched), len(result.unmatched), len(result.ambiguous)), (0, 1, 1))
        self.assertEqual(book.get("INV-1001").status(), "open")

    def test_summary(self):
        book = self.book()
        reconcile(parse_statement("Date,Amount,Memo\n2024-03-01,120,INV-1001\n"), book)
        text = summary(book)
        self.assertIn("overpaid", text)
        self.assertTrue(text.splitlines()[-1].rstrip().endswith("250.00"))


if __name__ == "__main__":
    unittest.main()
