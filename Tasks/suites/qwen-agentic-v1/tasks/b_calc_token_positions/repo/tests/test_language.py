import unittest

from calc import EvalError, LexError, ParseError, parse, parse_expression, run
from calc.nodes import unparse


class EvalTests(unittest.TestCase):
    def test_arithmetic_and_precedence(self):
        self.assertEqual(run("1 + 2 * 3"), 7)
        self.assertEqual(run("2 ^ 3 ^ 2"), 512)
        self.assertEqual(run("-2 ^ 2"), -4)
        self.assertEqual(run("7 / 2"), 3.5)
        self.assertEqual(run("8 / 2"), 4)

    def test_let_and_functions(self):
        src = "let sq = fn(x) => x * x; let xs = [1, 2, 3]; sum(map(sq, xs))"
        self.assertEqual(run(src), 14)

    def test_conditionals_and_logic(self):
        self.assertEqual(run('if 1 < 2 and not false then "yes" else "no"'), "yes")
        self.assertEqual(run("if x > 10 then 1 else 2", {"x": 3}), 2)

    def test_indexing_and_strings(self):
        self.assertEqual(run('upper(["ab", "cd"][1]) + "!"'), "CD!")

    def test_eval_errors(self):
        with self.assertRaises(EvalError):
            run("missing + 1")
        with self.assertRaises(EvalError):
            run("1 / 0")


class ParseTests(unittest.TestCase):
    def test_unparse_shows_structure(self):
        self.assertEqual(unparse(parse_expression("1 + 2 * x")), "(1 + (2 * x))")
        self.assertEqual(unparse(parse("let f = fn(a) => a; f(2)")), "let f = fn(a) => a; f(2)")

    def test_syntax_errors(self):
        for src in ["1 +", "(1", "let = 3", "1 < 2 < 3", "if 1 then 2", "fn(a, a) => a", "x y"]:
            with self.subTest(src=src):
                with self.assertRaises(ParseError):
                    parse(src)

    def test_lex_errors(self):
        with self.assertRaises(LexError):
            parse("1 @ 2")
        with self.assertRaises(LexError):
            parse('"open')


if __name__ == "__main__":
    unittest.main()
