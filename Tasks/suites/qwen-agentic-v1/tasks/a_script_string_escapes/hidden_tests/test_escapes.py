import unittest

from tinyscript import LexError, ParseError, run, tokenize


class EscapeTests(unittest.TestCase):
    def test_escaped_double_quotes(self):
        src = 'let msg = "say \\"hi\\"";\nlet done = true;\nprint msg;\nprint done;'
        self.assertEqual(run(src), ['say "hi"', "true"])

    def test_tab_and_newline(self):
        self.assertEqual(run('print "a\\tb";\nprint "x";'), ["a\tb", "x"])
        self.assertEqual(run('print "one\\ntwo" + "!";'), ["one\ntwo!"])

    def test_backslash_and_single_quotes(self):
        src = "let p = 'C:\\\\temp\\\\new';\nlet q = 'it\\'s';\nprint p;\nprint q;"
        self.assertEqual(run(src), ["C:\\temp\\new", "it's"])

    def test_several_escaped_strings_on_one_line(self):
        src = 'let a = "\\t"; let b = "\\"q\\""; print len(a) + len(b); print b;'
        self.assertEqual(run(src), ["4", '"q"'])

    def test_positions_after_escaped_string(self):
        toks = tokenize('x = "a\\"b\\n"; y = 1;')
        self.assertEqual(toks[2].value, 'a"b\n')
        self.assertEqual([(t.kind, t.value, t.col) for t in toks[3:6]],
                         [("OP", ";", 13), ("NAME", "y", 15), ("OP", "=", 17)])
        toks = tokenize('s = "\\t\\t";\nz')
        self.assertEqual((toks[4].value, toks[4].line, toks[4].col), ("z", 2, 1))

    def test_error_position_after_escaped_string(self):
        with self.assertRaises(ParseError) as cm:
            run('let s = "\\\\\\\\"; let = 2;')
        self.assertEqual((cm.exception.line, cm.exception.col), (1, 21))

    def test_unknown_escape_still_rejected(self):
        with self.assertRaises(LexError):
            tokenize('print "bad \\q";')


if __name__ == "__main__":
    unittest.main()
