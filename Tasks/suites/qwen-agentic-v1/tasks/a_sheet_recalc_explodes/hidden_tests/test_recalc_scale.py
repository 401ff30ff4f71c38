import time
import unittest

from minisheet import ErrorValue, Sheet


def fib_sheet(n):
    s = Sheet({"A1": "1", "A2": "1"})
    for k in range(3, n + 1):
        s.set("A%d" % k, "=A%d+A%d" % (k - 1, k - 2))
    return s


def running_total(n):
    s = Sheet()
    for k in range(1, n + 1):
        s.set("A%d" % k, str(k))
        s.set("B%d" % k, "=A1" if k == 1 else "=B%d+A%d" % (k - 1, k))
    return s


class ShapeTests(unittest.TestCase):
    def test_projection_sheet(self):
        s = fib_sheet(60)
        started = time.perf_counter()
        self.assertEqual(s.value("A60"), 1548008755920)
        values = s.recalc()
        self.assertEqual(values["A59"], 956722026041)
        self.assertLess(time.perf_counter() - started, 2.0)

    def test_long_running_total(self):
        s = running_total(3000)
        started = time.perf_counter()
        self.assertEqual(s.value("B3000"), 4501500)
        self.assertEqual(len(s.recalc()), 6000)
        self.assertLess(time.perf_counter() - started, 2.0)

    def test_edits_are_seen(self):
        s = running_total(1500)
        self.assertEqual(s.value("B1500"), 1125750)
        s.set("A1", "1001")
        self.assertEqual(s.value("B1500"), 1126750)
        self.assertEqual(s.recalc()["B2"], 1003)
        s.set("B1", "=A1/0")
        self.assertEqual(s.value("B1500"), ErrorValue("#DIV/0!"))
        s.set("B1", "")
        self.assertEqual(s.value("B1500"), 1125749)

    def test_many_aggregates(self):
        s = Sheet()
        for k in range(1, 301):
            s.set("A%d" % k, "=%d*2" % k)
            s.set("B%d" % k, "=SUM(A$1:A$300)-A%d" % k)
        started = time.perf_counter()
        values = s.recalc()
        self.assertEqual(values["B1"], 90298)
        self.assertEqual(values["B300"], 89700)
        self.assertLess(time.perf_counter() - started, 2.0)


class SemanticsKeptTests(unittest.TestCase):
    def test_if_branch_not_taken_is_not_a_cycle(self):
        s = Sheet({"A1": "=IF(C1, 1, A2)", "A2": "=A1+1", "C1": "1"})
        self.assertEqual(s.value("A2"), 2)
        self.assertEqual(s.value("A1"), 1)
        s.set("C1", "0")
        self.assertEqual(s.display("A1"), "#CYCLE!")
        self.assertEqual(s.display("A2"), "#CYCLE!")
        s.set("C1", "1")
        self.assertEqual(s.recalc(), {"A1": 1, "C1": 1, "A2": 2})

    def test_cycle_inside_long_chain(self):
        s = running_total(800)
        s.set("A400", "=B800")
        values = s.recalc()
        self.assertEqual(values["B399"], 79800)
        self.assertEqual(values["B400"], ErrorValue("#CYCLE!"))
        self.assertEqual(values["B800"], ErrorValue("#CYCLE!"))
        self.assertEqual(values["A400"], ErrorValue("#CYCLE!"))

    def test_self_reference_in_untaken_branch(self):
        s = Sheet({"D1": "=IF(TRUE, 1, D1)", "D2": "=IF(FALSE, 1, D2)"})
        self.assertEqual(s.value("D1"), 1)
        self.assertEqual(s.display("D2"), "#CYCLE!")


if __name__ == "__main__":
    unittest.main()
