import unittest

from tinyscript import ScriptError, run


class RunTests(unittest.TestCase):
    def test_arithmetic_and_text(self):
        self.assertEqual(run('print 7 / 2; print 8 / 2; print "n=" + str(3 * 4);'), ["3.5", "4", "n=12"])

    def test_loops_and_functions(self):
        src = """
        fn fact(n) { if n <= 1 { return 1; } return n * fact(n - 1); }
        let out = [];
        for_each k in [1, 2, 3, 4] { push(out, fact(k)); }
        print out;
        let i = 0;
        while i < 3 { i = i + 1; }
        print i;
        """
        self.assertEqual(run(src), ["[1, 2, 6, 24]", "3"])

    def test_variables_from_host(self):
        self.assertEqual(run("print upper(name) + '!';", {"name": "ada"}), ["ADA!"])

    def test_simple_strings(self):
        self.assertEqual(run("print 'single' + \"double\";"), ["singledouble"])

    def test_errors(self):
        with self.assertRaises(ScriptError):
            run("print missing;")
        with self.assertRaises(ScriptError):
            run("print 1 + 'a';")
        with self.assertRaises(ScriptError):
            run("x = 1;")


if __name__ == "__main__":
    unittest.main()
