import os
import tempfile
import unittest
from decimal import Decimal

from stockio import Inventory, SchemaError, export_csv, import_bytes, import_file


class ImportTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def write(self, name, text):
        path = os.path.join(self.tmp.name, name)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        return path

    def test_basic_import(self):
        path = self.write("a.csv", "sku,name,qty,unit_cost\nab-1,Bolt,10,0.25\nab-2,Nut,5,\n")
        inv = Inventory()
        report = import_file(path, inv)
        self.assertTrue(report.ok)
        self.assertEqual(report.added, 2)
        self.assertEqual(inv.level("AB-1"), 10)
        self.assertEqual(inv.value(), Decimal("2.50"))

    def test_semicolon_and_header_case(self):
        inv = Inventory()
        report = import_bytes(b" SKU ;Qty;Location\nx1;3;B2\n", inv)
        self.assertEqual(report.summary(), "1 added, 0 updated, 0 errors")
        self.assertEqual(inv.level("X1", "B2"), 3)

    def test_row_errors_are_collected(self):
        inv = Inventory()
        report = import_bytes("sku,qty\na,1\nb,many\nc,-2\n", inv)
        self.assertEqual(report.added, 1)
        self.assertEqual(len(report.errors), 2)

    def test_missing_column(self):
        with self.assertRaises(SchemaError):
            import_bytes(b"name,qty\nBolt,1\n", Inventory())

    def test_export_round_trip(self):
        inv = Inventory()
        import_bytes("sku,name,qty,unit_cost\nb,Bolt,4,1.50\na,Axle,1,\n", inv)
        path = os.path.join(self.tmp.name, "out.csv")
        export_csv(inv, path)
        with open(path, "rb") as fh:
            data = fh.read()
        self.assertEqual(data, b"sku,name,qty,location,unit_cost\nA,Axle,1,MAIN,\nB,Bolt,4,MAIN,1.50\n")
        again = Inventory()
        import_file(path, again)
        self.assertEqual(list(again.rows()), list(inv.rows()))


if __name__ == "__main__":
    unittest.main()
