import unittest
from decimal import Decimal

from bom import (Catalogue, PartNumber, UnknownPart, cost_report, explode,
                 parse_assemblies, rollup)

CATALOGUE = """part,description,unit_cost
AB-100,Hex bolt M6,0.12
FR-9,Frame weld,41.50
WH-26,Wheel 26in,19.99
"""

ASSEMBLIES = """
assembly FRAME
  4 x AB-100
  1 x FR-9
assembly BIKE
  1 x @FRAME
  2 x WH-26
  2 x AB-100
"""


class PartNumberTests(unittest.TestCase):
    def test_spellings_compare_equal(self):
        self.assertEqual(PartNumber("AB-100"), PartNumber("ab100"))
        self.assertEqual(PartNumber("AB-100"), "ab 100")
        self.assertNotEqual(PartNumber("AB-100"), PartNumber("AB-101"))

    def test_display_keeps_spelling(self):
        self.assertEqual(str(PartNumber(" ab-100 ")), "ab-100")

    def test_invalid(self):
        with self.assertRaises(ValueError):
            PartNumber("--")


class CostingTests(unittest.TestCase):
    def setUp(self):
        self.cat = Catalogue.from_csv(CATALOGUE)
        self.asm = parse_assemblies(ASSEMBLIES)

    def test_explode(self):
        totals = explode("BIKE", self.asm, qty=2)
        self.assertEqual(totals[PartNumber("AB-100")], 12)
        self.assertEqual(totals[PartNumber("WH-26")], 4)

    def test_rollup(self):
        total, lines = rollup("BIKE", self.asm, self.cat)
        self.assertEqual(total, Decimal("0.72") + Decimal("41.50") + Decimal("39.98"))
        self.assertEqual(len(lines), 3)

    def test_search(self):
        self.assertEqual([str(p.number) for p in self.cat.search("wheel")], ["WH-26"])
        self.assertEqual([str(p.number) for p in self.cat.search("ab100")], ["AB-100"])

    def test_unknown_part(self):
        asm = parse_assemblies("assembly X\n 1 x ZZ-1\n")
        with self.assertRaises(UnknownPart):
            rollup("X", asm, self.cat)

    def test_cycle(self):
        asm = parse_assemblies("assembly A\n 1 x @B\nassembly B\n 1 x @A\n")
        with self.assertRaises(ValueError):
            explode("A", asm)

    def test_report(self):
        text = cost_report("FRAME", self.asm, self.cat)
        self.assertIn("AB-100", text)
        self.assertTrue(text.splitlines()[-1].endswith("41.98"))


if __name__ == "__main__":
    unittest.main()
