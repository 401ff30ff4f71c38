import unittest

from minisheet import ErrorValue, FormulaError, Sheet, parse_formula


class FormulaTests(unittest.TestCase):
    def test_precedence(self):
        self.assertEqual(parse_formula("1+2*3^2"),
                         ("bin", "+", ("num", 1.0), ("bin", "*", ("num", 2.0), ("bin", "^", ("num", 3.0), ("num", 2.0)))))

    def test_refs_and_ranges(self):
        self.assertEqual(parse_formula("SUM($a$1:B2)"), ("call", "SUM", [("range", "A1", "B2")]))

    def test_errors(self):
        for text in ["1+", "SUM(1", "A1:", "3 $"]:
            with self.assertRaises(FormulaError):
                parse_formula(text)


class SheetTests(unittest.TestCase):
    def sheet(self):
        return Sheet({"A1": "10", "A2": "32", "A3": "hello", "B1": "=A1+A2", "B2": "=SUM(A1:A4)*2",
                      "B3": "=A3&\" world\"", "C1": "=B1/0", "C2": "=C1+1", "C3": "=IF(A1>5, \"big\", C1)"})

    def test_values(self):
        s = self.sheet()
        self.assertEqual(s.value("B1"), 42)
        self.assertEqual(s.value("B2"), 84)
        self.assertEqual(s.value("b3"), "hello world")
        self.assertEqual(s.value("D9"), None)

    def test_errors_propagate(self):
        s = self.sheet()
        self.assertEqual(s.value("C1"), ErrorValue("#DIV/0!"))
        self.assertEqual(s.display("C2"), "#DIV/0!")
        self.assertEqual(s.value("C3"), "big")

    def test_cycle(self):
        s = Sheet({"A1": "=B1+1", "B1": "=A1", "C1": "=A1*2", "D1": "=IF(TRUE, 1, D1)"})
        self.assertEqual(s.display("A1"), "#CYCLE!")
        self.assertEqual(s.display("C1"), "#CYCLE!")
        self.assertEqual(s.value("D1"), 1)

    def test_edit(self):
        s = self.sheet()
        self.assertEqual(s.value("B1"), 42)
        s.set("A1", "0")
        self.assertEqual(s.value("B1"), 32)
        self.assertEqual(s.value("C3"), ErrorValue("#DIV/0!"))
        s.set("A2", "")
        self.assertEqual(s.value("B1"), 0)

    def test_recalc_and_functions(self):
        s = Sheet({"A1": "1", "A2": "2", "A3": "3", "B1": "=AVERAGE(A1:A3)", "B2": "=MAX(A1:A3, 10)",
                   "B3": "=ROUND(2/3, 2)", "B4": "=COUNT(A1:B3)", "B5": "=NOPE(1)", "B6": "=1+"})
        values = s.recalc()
        self.assertEqual(list(values), ["A1", "B1", "A2", "B2", "A3", "B3", "B4", "B5", "B6"])
        self.assertEqual((values["B1"], values["B2"], values["B3"]), (2, 10, 0.67))
        self.assertEqual(values["B4"], 6)
        self.assertEqual((values["B5"].code, values["B6"].code), ("#NAME?", "#PARSE!"))


if __name__ == "__main__":
    unittest.main()
