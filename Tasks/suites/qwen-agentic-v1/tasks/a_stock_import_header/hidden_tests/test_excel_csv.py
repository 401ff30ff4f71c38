import os
import tempfile
import unittest

from stockio import Inventory, export_csv, import_bytes, import_file

BOM = "\ufeff"


class ExcelCsvTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def write_bytes(self, name, data):
        path = os.path.join(self.tmp.name, name)
        with open(path, "wb") as fh:
            fh.write(data)
        return path

    def test_file_with_bom(self):
        path = self.write_bytes("x.csv", (BOM + "sku,name,qty,location\r\nab-1,Bolt,7,A1\r\n").encode("utf-8"))
        inv = Inventory()
        report = import_file(path, inv)
        self.assertTrue(report.ok, report.errors)
        self.assertEqual(report.added, 1)
        self.assertEqual(inv.level("AB-1", "A1"), 7)
        self.assertEqual(inv.name("AB-1"), "Bolt")

    def test_file_with_bom_first_column_not_required(self):
        path = self.write_bytes("y.csv", (BOM + "name;sku;qty\nWasher;w-9;12\n").encode("utf-8"))
        inv = Inventory()
        report = import_file(path, inv)
        self.assertTrue(report.ok, report.errors)
        self.assertEqual(report.ignored_columns, [])
        self.assertEqual(inv.name("W-9"), "Washer")
        self.assertEqual(inv.level("W-9"), 12)

    def test_upload_bytes_with_bom(self):
        inv = Inventory()
        report = import_bytes((BOM + "sku,qty\nz,3\n").encode("utf-8"), inv)
        self.assertTrue(report.ok, report.errors)
        self.assertEqual(inv.level("Z"), 3)

    def test_plain_files_still_work(self):
        path = self.write_bytes("p.csv", "sku,qty\nq,2\n".encode("utf-8"))
        inv = Inventory()
        import_file(path, inv)
        self.assertEqual(inv.level("Q"), 2)

    def test_export_unchanged_and_round_trips(self):
        inv = Inventory()
        import_bytes((BOM + "sku,name,qty\nb,Bolt,4\n").encode("utf-8"), inv)
        path = os.path.join(self.tmp.name, "out.csv")
        export_csv(inv, path)
        with open(path, "rb") as fh:
            data = fh.read()
        self.assertEqual(data, b"sku,name,qty,location,unit_cost\nB,Bolt,4,MAIN,\n")
        again = Inventory()
        import_file(path, again)
        self.assertEqual(again.level("B"), 4)


if __name__ == "__main__":
    unittest.main()
