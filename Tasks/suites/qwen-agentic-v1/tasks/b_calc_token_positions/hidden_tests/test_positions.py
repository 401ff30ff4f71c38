import unittest

from calc import LexError, ParseError, parse, parse_expression, run, tokenize
from calc.format import normalize, to_html, token_counts


def where(tok):
    return (tok.kind, tok.value, tok.line, tok.col)


class TokenTests(unittest.TestCase):
    def test_tokens_have_kind_value_line_col(self):
        toks = tokenize("let x = 1 # note\n  + foo(\"a b\")")
        self.assertEqual([where(t) for t in toks], [
            ("KEYWORD", "let", 1, 1),
            ("NAME", "x", 1, 5),
            ("OP", "=", 1, 7),
            ("NUMBER", 1, 1, 9),
            ("OP", "+", 2, 3),
            ("NAME", "foo", 2, 5),
            ("OP", "(", 2, 8),
            ("STRING", "a b", 2, 9),
            ("OP", ")", 2, 14),
            ("EOF", None, 2, 15),
        ])

    def test_columns_restart_on_every_line(self):
        toks = tokenize("a\n\n   bb\n c")
        self.assertEqual([(t.line, t.col) for t in toks[:3]], [(1, 1), (3, 4), (4, 2)])

    def test_comment_lines_count(self):
        toks = tokenize("# header\n# more\nvalue")
        self.assertEqual((toks[0].value, toks[0].line, toks[0].col), ("value", 3, 1))

    def test_number_forms_unchanged(self):
        values = [t.value for t in tokenize("12 3.5 .5 1e3 2.5E-1")][:-1]
        self.assertEqual(values, [12, 3.5, 0.5, 1000.0, 0.25])


class ErrorPositionTests(unittest.TestCase):
    def assertAt(self, exc_type, src, line, col):
        with self.assertRaises(exc_type) as cm:
            parse(src)
        err = cm.exception
        self.assertEqual((err.line, err.col), (line, col))
        self.assertIn("line %d, column %d" % (line, col), str(err))

    def test_unexpected_token_on_later_line(self):
        self.assertAt(ParseError, "let total = 1;\nlet avg = total / )", 2, 19)

    def test_missing_closer_reports_end_of_input(self):
        self.assertAt(ParseError, "let x = (1 +\n  2", 2, 4)

    def test_missing_semicolon_points_at_next_token(self):
        self.assertAt(ParseError, "let a = 1\nlet b = 2", 2, 1)

    def test_chained_comparison(self):
        self.assertAt(ParseError, "1 < 2\n  < 3", 2, 3)

    def test_duplicate_parameter_points_at_name(self):
        self.assertAt(ParseError, "fn(a, b,\n    a) => a", 2, 5)

    def test_lex_error_position(self):
        self.assertAt(LexError, "let a = 1;\nlet b = a @ 2", 2, 11)

    def test_unterminated_string_position(self):
        self.assertAt(LexError, 'let s =\n   "abc', 2, 4)

    def test_parse_expression_trailing_garbage(self):
        with self.assertRaises(ParseError) as cm:
            parse_expression("1 + 2\n\n    3")
        self.assertEqual((cm.exception.line, cm.exception.col), (3, 5))


class BehaviourUnchangedTests(unittest.TestCase):
    def test_run(self):
        self.assertEqual(run("let f = fn(x) => x * 2;\nsum(map(f, [1, 2.5e1, .5]))"), 53.0)
        self.assertEqual(run('if not false then upper("ok") else "no"'), "OK")

    def test_format_helpers(self):
        self.assertEqual(normalize('let  s="a\\"b";upper( s )'), 'let s = "a\\"b"; upper(s)')
        self.assertEqual(to_html("x+1"), '<code class="calc"><span class="name">x</span> '
                                          '<span class="op">+</span> <span class="num">1</span></code>')
        self.assertEqual(token_counts("f(1, 2)"), {"NAME": 1, "OP": 3, "NUMBER": 2})


if __name__ == "__main__":
    unittest.main()
