import unittest

from calc.format import normalize, to_html, token_counts


class FormatTests(unittest.TestCase):
    def test_normalize(self):
        self.assertEqual(normalize("let  x=max( 1,2 )*3;x # done"), "let x = max(1, 2) * 3; x")

    def test_normalize_lambda_and_index(self):
        self.assertEqual(normalize("map(fn(a)=>a*2,[1,2])[0]"), "map(fn(a) => a * 2, [1, 2])[0]")

    def test_html(self):
        html = to_html('a < "b"')
        self.assertIn('<span class="op">&lt;</span>', html)
        self.assertIn('<span class="str">&quot;b&quot;</span>', html)

    def test_counts(self):
        self.assertEqual(token_counts("if a then 1 else 2"), {"KEYWORD": 3, "NAME": 1, "NUMBER": 2})


if __name__ == "__main__":
    unittest.main()
