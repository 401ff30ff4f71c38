import unittest

from mdlint.config import Settings
from mdlint.rules import lint_text


def codes(text, **kw):
    return [(f.line, f.code) for f in lint_text(text, Settings(**kw))]


class RuleTests(unittest.TestCase):
    def test_long_line(self):
        text = "word " * 30 + "end\n"
        self.assertEqual(codes(text), [(1, "MD001")])
        self.assertEqual(codes(text, max_line_length=200), [])

    def test_long_url_is_allowed(self):
        self.assertEqual(codes("https://example.com/" + "a" * 200 + "\n"), [])

    def test_code_fence_skipped(self):
        text = "```\n" + "x " * 80 + "x\n```\n"
        self.assertEqual(codes(text), [])

    def test_trailing_whitespace(self):
        self.assertEqual(codes("hello \n"), [(1, "MD002")])
        self.assertEqual(codes("hard break  \nnext\n"), [])
        self.assertEqual(codes("hello \n", allow_trailing_whitespace=True), [])

    def test_heading_increment(self):
        self.assertEqual(codes("# a\n\n### b\n"), [(3, "MD003")])
        self.assertEqual(codes("# a\n\n## b\n"), [])

    def test_tabs_and_blank_lines(self):
        self.assertEqual(codes("a\tb\n\n\n\nc\n"), [(1, "MD004"), (3, "MD005")])

    def test_disable(self):
        self.assertEqual(codes("a\tb\n", disable=frozenset({"MD004"})), [])


if __name__ == "__main__":
    unittest.main()
