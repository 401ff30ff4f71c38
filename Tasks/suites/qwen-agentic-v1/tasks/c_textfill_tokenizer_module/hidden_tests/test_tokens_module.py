import importlib
import io
import unittest
from unittest import mock

justify_mod = importlib.import_module("textfill.justify")
tokens = importlib.import_module("textfill.tokens")
wrap_mod = importlib.import_module("textfill.wrap")  # (textfill.wrap the attribute is the function)
from textfill.cli import main
from textfill.justify import count_words, justify
from textfill.tokens import tokenize
from textfill.wrap import fill, wrap

EXPECTED = {
    "a well-known  state-of-the-art\tfact": (
        ["a", " ", "well-", "known", "  ", "state-", "of-", "the-", "art", " ", "fact"],
        ["a", " ", "well-known", "  ", "state-of-the-art", " ", "fact"]),
    "pages 10-12 and x\u2014y": (
        ["pages", " ", "10-12", " ", "and", " ", "x\u2014", "y"],
        ["pages", " ", "10-12", " ", "and", " ", "x\u2014y"]),
    "see https://ex.com/a-b-c now and www.x.org/q-r": (
        ["see", " ", "https://ex.com/a-b-c", " ", "now", " ", "and", " ", "www.x.org/q-r"],
        ["see", " ", "https://ex.com/a-b-c", " ", "now", " ", "and", " ", "www.x.org/q-r"]),
    "pay 10\u00a0EUR": (["pay", " ", "10\u00a0EUR"], ["pay", " ", "10\u00a0EUR"]),
    "  lead": (["  ", "lead"], ["  ", "lead"]),
    "e-mail\nnext\r\nline": (["e-", "mail", " ", "next", "  ", "line"], ["e-mail", " ", "next", "  ", "line"]),
    "A- -x co-op": (["A-", " ", "-x", " ", "co-", "op"], ["A-", " ", "-x", " ", "co-op"]),
    "na\u00efve-ish \u65e5\u672c-\u8a9e end": (
        ["na\u00efve-", "ish", " ", "\u65e5\u672c-", "\u8a9e", " ", "end"],
        ["na\u00efve-ish", " ", "\u65e5\u672c-\u8a9e", " ", "end"]),
    "": ([], []),
}

TEXT = ("The quick brown fox jumps over the lazy dog while a well-known state-of-the-art tokenizer reads "
        "https://example.com/a/very/long/path/that/never/breaks and pages 10-12 stay together, e-mail\u2014or not.")
URL = "https://example.com/a/very/long/path/that/never/breaks"
WRAPPED = {
    12: ["The quick", "brown fox", "jumps over", "the lazy dog", "while a", "well-known", "state-of-", "the-art",
         "tokenizer", "reads", URL, "and pages", "10-12 stay", "together, e-", "mail\u2014or not."],
    20: ["The quick brown fox", "jumps over the lazy", "dog while a well-", "known state-of-the-",
         "art tokenizer reads", URL, "and pages 10-12 stay", "together, e-mail\u2014or", "not."],
    33: ["The quick brown fox jumps over", "the lazy dog while a well-known", "state-of-the-art tokenizer reads",
         URL, "and pages 10-12 stay together, e-", "mail\u2014or not."],
}
JUSTIFIED = ["The quick brown fox jumps over", "the  lazy  dog  while  a well-", "known         state-of-the-art",
             "tokenizer                reads", URL, "and pages 10-12 stay together,", "e-mail\u2014or not."]


class TokensModuleTests(unittest.TestCase):
    def test_tokenize_matches_previous_chunks(self):
        for text, (hyphens, no_hyphens) in EXPECTED.items():
            self.assertEqual(tokenize(text), hyphens, text)
            self.assertEqual(tokenize(text, break_on_hyphens=True), hyphens, text)
            self.assertEqual(tokenize(text, break_on_hyphens=False), no_hyphens, text)
            self.assertEqual(tokenize(text, False), no_hyphens, text)

    def test_single_implementation(self):
        self.assertFalse(hasattr(wrap_mod, "_split_chunks"))
        self.assertFalse(hasattr(justify_mod, "_split_chunks"))

    def _spy(self, *modules):
        calls = []
        original = tokens.tokenize

        def spy(*args, **kwargs):
            calls.append(args)
            return original(*args, **kwargs)

        patchers = [mock.patch.object(tokens, "tokenize", spy)]
        for module in modules:
            if getattr(module, "tokenize", None) is original:
                patchers.append(mock.patch.object(module, "tokenize", spy))
        for p in patchers:
            p.start()
            self.addCleanup(p.stop)
        return calls

    def test_wrap_uses_tokenizer(self):
        calls = self._spy(wrap_mod)
        self.assertEqual(wrap("aaa bbb ccc", 7), ["aaa bbb", "ccc"])
        self.assertTrue(calls)

    def test_justify_uses_tokenizer(self):
        calls = self._spy(wrap_mod, justify_mod)
        count_words("a b c")
        self.assertTrue(calls)


class UnchangedOutputTests(unittest.TestCase):
    def test_wrap(self):
        for width, lines in WRAPPED.items():
            self.assertEqual(wrap(TEXT, width), lines, width)
        self.assertEqual(wrap("a well-known fact", 10, break_on_hyphens=False), ["a", "well-known", "fact"])
        self.assertEqual(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"])

    def test_fill_justify_count(self):
        self.assertEqual(fill("a b c\n\n\nd e", 3), "a b\nc\n\nd e")
        self.assertEqual(justify(TEXT, 30), JUSTIFIED)
        self.assertEqual(count_words(TEXT), 23)

    def test_cli(self):
        out = io.StringIO()
        main(["-w", "20", "--no-hyphen-breaks"], stdin=io.StringIO("a well-known fact about state-of-the-art tools"),
             stdout=out)
        self.assertEqual(out.getvalue(), "a well-known fact\nabout\nstate-of-the-art\ntools\n")


if __name__ == "__main__":
    unittest.main()
