import io
import os
import random
import tempfile
import unittest

from textdiff import apply_patch, matching_blocks, opcodes, stats, unified_diff
from textdiff.cli import main

INI_OLD = ["[server]", "port = 80", "", "[cache]", "size = 10", "", "[log]", "level = info"]
INI_NEW = ["[server]", "port = 80", "", "[log]", "level = info"]


def lcs_len(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


class OpcodeValidityMixin:
    def assertValidScript(self, a, b):
        ops = opcodes(a, b)
        i = j = 0
        for tag, i1, i2, j1, j2 in ops:
            self.assertEqual((i1, j1), (i, j), "opcodes must be contiguous: %r" % (ops,))
            self.assertTrue(i1 <= i2 and j1 <= j2, ops)
            if tag == "equal":
                self.assertEqual(a[i1:i2], b[j1:j2])
            i, j = i2, j2
        self.assertEqual((i, j), (len(a), len(b)), ops)
        added, removed = stats(ops)
        common = lcs_len(a, b)
        self.assertEqual((added, removed), (len(b) - common, len(a) - common), "edit script not minimal")
        for ctx in (0, 1, 3):
            patch = unified_diff(a, b, context=ctx)
            self.assertEqual(patch == "", a == b)
            if patch:
                self.assertEqual(apply_patch(a, patch), b)
                self.assertEqual(apply_patch(b, patch, reverse=True), a)


class OverlapTests(OpcodeValidityMixin, unittest.TestCase):
    def test_removing_a_section_between_blank_lines(self):
        self.assertValidScript(INI_OLD, INI_NEW)
        patch = unified_diff(INI_OLD, INI_NEW, "a.ini", "b.ini")
        body = patch.splitlines()[3:]
        self.assertEqual(patch.splitlines()[2], "@@ -1,8 +1,5 @@")
        self.assertEqual(sum(line.startswith("-") for line in body), 3)
        self.assertEqual(sum(line.startswith("+") for line in body), 0)

    def test_removing_a_function(self):
        a = ["import os", "", "def f():", "    pass", "", "def g():", "    pass"]
        b = ["import os", "", "def g():", "    pass"]
        self.assertValidScript(a, b)
        self.assertValidScript(b, a)

    def test_duplicated_line_is_not_invisible(self):
        a = ["title", "=====", "", "text"]
        b = ["title", "=====", "=====", "", "text"]
        self.assertValidScript(a, b)
        self.assertNotEqual(unified_diff(a, b), "")
        self.assertEqual(stats(opcodes(a, b)), (1, 0))

    def test_appended_copy_of_last_line(self):
        self.assertValidScript(["a", "b", "}"], ["a", "b", "}", "}"])
        self.assertValidScript(["x", "", "y"], ["x", "", "", "y"])

    def test_matching_blocks_do_not_overlap(self):
        blocks = matching_blocks(["a", "b", "a"], ["a", "b", "b", "a"])
        self.assertEqual(blocks[-1], (3, 4, 0))
        self.assertEqual(sum(size for _, _, size in blocks), 3)
        for (i1, j1, s1), (i2, j2, _s2) in zip(blocks, blocks[1:]):
            self.assertLessEqual(i1 + s1, i2)
            self.assertLessEqual(j1 + s1, j2)

    def test_random_small_sequences(self):
        rng = random.Random(20240611)
        for _ in range(400):
            a = [rng.choice("abc") for _ in range(rng.randint(0, 9))]
            b = [rng.choice("abc") for _ in range(rng.randint(0, 9))]
            self.assertValidScript(a, b)


class LargeFileTests(unittest.TestCase):
    def test_small_edit_in_a_big_file_is_still_fast(self):
        a = ["line %d" % i for i in range(6000)]
        b = list(a)
        b[3000] = "changed"
        b.insert(4500, "")
        patch = unified_diff(a, b)
        self.assertEqual(apply_patch(a, patch), b)
        self.assertEqual(stats(opcodes(a, b)), (2, 1))


class CliTests(unittest.TestCase):
    def test_cli_round_trip_for_removed_section(self):
        with tempfile.TemporaryDirectory() as tmp:
            old, new, patch = (os.path.join(tmp, n) for n in ("a.ini", "b.ini", "p.diff"))
            for path, lines in ((old, INI_OLD), (new, INI_NEW)):
                with open(path, "w") as fh:
                    fh.write("\n".join(lines) + "\n")
            out = io.StringIO()
            self.assertEqual(main(["diff", old, new], out=out), 1)
            with open(patch, "w") as fh:
                fh.write(out.getvalue())
            err = io.StringIO()
            self.assertEqual(main(["apply", old, patch], err=err), 0, err.getvalue())
            with open(old) as fh:
                self.assertEqual(fh.read().splitlines(), INI_NEW)


if __name__ == "__main__":
    unittest.main()
