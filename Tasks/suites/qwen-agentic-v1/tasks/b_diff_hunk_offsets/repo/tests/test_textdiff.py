import io
import os
import tempfile
import unittest

from textdiff import (PatchError, apply_patch, make_key, opcodes, parse_patch, ratio, stats,
                      unified_diff)
from textdiff.cli import main
from textdiff.engine import inline_changes

OLD = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
NEW = ["one", "TWO", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]


class EngineTests(unittest.TestCase):
    def test_opcodes(self):
        self.assertEqual(opcodes(["a", "b", "c"], ["a", "x", "c", "d"]), [
            ("equal", 0, 1, 0, 1), ("replace", 1, 2, 1, 2), ("equal", 2, 3, 2, 3), ("insert", 3, 3, 3, 4)])

    def test_stats_and_ratio(self):
        self.assertEqual(stats(opcodes(OLD, NEW)), (2, 1))
        self.assertEqual(ratio(["a"], ["a"]), 1.0)
        self.assertEqual(ratio(["a"], ["b"]), 0.0)

    def test_key(self):
        self.assertEqual(opcodes(["Hello  World"], ["hello world"], make_key(True, True)),
                         [("equal", 0, 1, 0, 1)])

    def test_inline(self):
        old, new = inline_changes("colour", "color")
        self.assertEqual(old, [(False, "colo"), (True, "u"), (False, "r")])
        self.assertEqual(new, [(False, "color")])


class PatchTests(unittest.TestCase):
    def test_unified_output(self):
        self.assertEqual(unified_diff(OLD, NEW, "old", "new", context=1), (
            "--- old\n+++ new\n"
            "@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three\n"
            "@@ -10 +10,2 @@\n ten\n+eleven\n"))

    def test_equal_inputs(self):
        self.assertEqual(unified_diff(OLD, list(OLD)), "")

    def test_round_trip_and_reverse(self):
        for ctx in (0, 1, 3):
            patch = unified_diff(OLD, NEW, context=ctx)
            self.assertEqual(apply_patch(OLD, patch), NEW)
            self.assertEqual(apply_patch(NEW, patch, reverse=True), OLD)

    def test_mismatch(self):
        patch = unified_diff(OLD, NEW)
        with self.assertRaises(PatchError):
            apply_patch(["something", "else"], patch)

    def test_parse_rejects_bad_counts(self):
        with self.assertRaises(PatchError):
            parse_patch("--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n-y\n")


class CliTests(unittest.TestCase):
    def test_diff_and_apply(self):
        with tempfile.TemporaryDirectory() as tmp:
            old, new, patch, result = (os.path.join(tmp, n) for n in ("old.txt", "new.txt", "p.diff", "out.txt"))
            for path, lines in ((old, OLD), (new, NEW)):
                with open(path, "w") as fh:
                    fh.write("\n".join(lines) + "\n")
            out = io.StringIO()
            self.assertEqual(main(["diff", old, new], out=out), 1)
            with open(patch, "w") as fh:
                fh.write(out.getvalue())
            self.assertEqual(main(["apply", old, patch, "-o", result]), 0)
            with open(result) as fh:
                self.assertEqual(fh.read().splitlines(), NEW)


if __name__ == "__main__":
    unittest.main()
