import io
import unittest

from textfill import fill, wrap
from textfill.cli import main
from textfill.justify import count_words, justify
from textfill.wrap import display_width

TEXT = ("The quick brown fox jumps over the lazy dog while a well-known "
        "state-of-the-art tokenizer reads https://example.com/a/very/long/path/that/never/breaks "
        "and pages 10-12 stay together.")


class WrapTests(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(wrap("aaa bbb ccc ddd", 7), ["aaa bbb", "ccc ddd"])
        self.assertEqual(wrap("  leading   and trailing  ", 20), ["leading   and", "trailing"])

    def test_hyphens_urls_numbers(self):
        lines = wrap(TEXT, 30)
        self.assertIn("https://example.com/a/very/long/path/that/never/breaks", lines)
        self.assertTrue(any(line.endswith("well-") for line in lines), lines)
        self.assertTrue(all(display_width(l) <= 30 for l in lines if "https" not in l))
        self.assertTrue(any("10-12" in line for line in lines))

    def test_no_hyphen_breaks(self):
        self.assertEqual(wrap("a well-known fact", 10, break_on_hyphens=False), ["a", "well-known", "fact"])

    def test_wide_characters(self):
        self.assertEqual(display_width("日本語"), 6)
        self.assertEqual(wrap("日本語 の テキスト", 8), ["日本語", "の", "テキスト"])

    def test_nbsp_and_long_words(self):
        self.assertEqual(wrap("pay 10\u00a0EUR now", 7), ["pay", "10\u00a0EUR", "now"])
        self.assertEqual(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"])
        self.assertEqual(wrap("abcdefghij", 4, break_long_words=False), ["abcdefghij"])

    def test_indents_and_fill(self):
        self.assertEqual(wrap("one two three four", 10, initial_indent="* ", subsequent_indent="  "),
                         ["* one two", "  three", "  four"])
        self.assertEqual(fill("a b c\n\n\nd e", 3), "a b\nc\n\nd e")

    def test_justify(self):
        self.assertEqual(justify("aa bb cc dd ee", 9), ["aa  bb cc", "dd ee"])
        self.assertEqual(count_words("a well-known fact\n about\ttabs"), 5)

    def test_cli(self):
        out = io.StringIO()
        main(["-w", "9", "--justify"], stdin=io.StringIO("aa bb cc dd ee"), stdout=out)
        self.assertEqual(out.getvalue(), "aa  bb cc\ndd ee\n")


if __name__ == "__main__":
    unittest.main()
