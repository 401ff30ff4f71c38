import unittest

from tinyscript import LexError, ParseError, parse, tokenize


class TokenizeTests(unittest.TestCase):
    def test_kinds(self):
        kinds = [t.kind for t in tokenize('let x = 3.5 + "a";')]
        self.assertEqual(kinds, ["LET", "NAME", "OP", "NUMBER", "OP", "STRING", "OP", "EOF"])

    def test_positions(self):
        toks = tokenize("let a = 1;\n  print a;")
        self.assertEqual((toks[5].value, toks[5].line, toks[5].col), ("print", 2, 3))

    def test_comments(self):
        self.assertEqual([t.value for t in tokenize("# hi\nx; # tail")], ["x", ";", None])

    def test_unterminated(self):
        with self.assertRaises(LexError):
            tokenize('print "abc;')

    def test_bad_character(self):
        with self.assertRaises(LexError) as cm:
            tokenize("let x = 1 @ 2;")
        self.assertEqual(cm.exception.col, 11)


class ParseTests(unittest.TestCase):
    def test_precedence(self):
        (stmt,) = parse("print 1 + 2 * 3;")
        self.assertEqual(stmt.expr.op, "+")
        self.assertEqual(stmt.expr.right.op, "*")

    def test_missing_semicolon(self):
        with self.assertRaises(ParseError):
            parse("let x = 1\nprint x;")

    def test_else_if(self):
        (stmt,) = parse("if a { print 1; } else if b { print 2; } else { print 3; }")
        self.assertEqual(type(stmt.otherwise[0]).__name__, "If")


if __name__ == "__main__":
    unittest.main()
