import unittest
from decimal import Decimal

from bom import Catalogue, PartNumber, cost_report, explode, parse_assemblies, rollup

CAT = "part,description,unit_cost\nAB-100,Hex bolt,0.12\nWH-26,Wheel,19.99\n"


class SpellingTests(unittest.TestCase):
    def test_rollup_with_other_spellings(self):
        cat = Catalogue.from_csv(CAT)
        asm = parse_assemblies("assembly X\n 2 x ab100\n 1 x AB 100\n 1 x wh_26\n")
        total, lines = rollup("X", asm, cat)
        self.assertEqual(total, Decimal("0.36") + Decimal("19.99"))
        self.assertEqual([(str(p.number), n) for p, n, _, _ in lines], [("AB-100", 3), ("WH-26", 1)])

    def test_explode_merges_spellings(self):
        asm = parse_assemblies("assembly S\n 1 x ab-100\nassembly X\n 2 x @S\n 3 x AB100\n")
        totals = explode("X", asm)
        self.assertEqual(len(totals), 1)
        self.assertEqual(totals[PartNumber("ab 100")], 5)

    def test_sets_and_dicts(self):
        self.assertIn(PartNumber("ab 100"), {PartNumber("AB-100")})
        self.assertEqual(len({PartNumber("x-1"), PartNumber("X1"), PartNumber("x 1")}), 1)

    def test_duplicate_spelling_rejected(self):
        with self.assertRaises(ValueError):
            Catalogue.from_csv("part,description,unit_cost\nAB-100,Bolt,0.12\nab100,Bolt again,0.13\n")

    def test_report_uses_catalogue_spelling(self):
        cat = Catalogue.from_csv(CAT)
        asm = parse_assemblies("assembly X\n 4 x ab100\n")
        text = cost_report("X", asm, cat)
        self.assertIn("AB-100", text)
        self.assertNotIn("AB100", text)
        self.assertTrue(text.splitlines()[-1].endswith("0.48"))

    def test_display_spelling_kept(self):
        self.assertEqual(str(PartNumber("wh-26")), "wh-26")


if __name__ == "__main__":
    unittest.main()
