import io
import os
import tempfile
import unittest

from mdlint.cli import main

LINE_110 = ("lorem ipsum " * 10)[:109] + "x\n"
LINE_60 = ("dolor sit " * 6)[:59] + "y\n"


class RenamedOptionTests(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return path

    def run_main(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        code = main(list(argv), stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue()

    def test_old_config_key_honoured_with_warning(self):
        cfg = self.write("lint.ini", "[mdlint]\nline_length = 120\n")
        md = self.write("a.md", LINE_110)
        code, out, err = self.run_main("--config", cfg, md)
        self.assertEqual((code, out), (0, ""))
        self.assertIn("deprecat", err.lower())
        self.assertIn("max_line_length", err)

    def test_old_config_key_lowers_limit_too(self):
        cfg = self.write("lint.ini", "[mdlint]\nline_length = 40\n")
        md = self.write("a.md", LINE_60)
        code, out, _ = self.run_main("--config", cfg, md)
        self.assertEqual(code, 1)
        self.assertIn("MD001", out)

    def test_new_config_key_wins_over_old(self):
        for body in ("max_line_length = 50\nline_length = 200\n", "line_length = 200\nmax_line_length = 50\n"):
            cfg = self.write("lint.ini", "[mdlint]\n" + body)
            md = self.write("a.md", LINE_60)
            code, out, _ = self.run_main("--config", cfg, md)
            self.assertEqual(code, 1, body)
            self.assertIn("MD001", out)

    def test_old_config_key_is_validated(self):
        cfg = self.write("lint.ini", "[mdlint]\nline_length = wide\n")
        md = self.write("a.md", "x\n")
        code, _, err = self.run_main("--config", cfg, md)
        self.assertEqual(code, 2)
        self.assertIn("line_length", err)

    def test_old_flag_honoured_with_warning(self):
        md = self.write("a.md", LINE_110)
        code, out, err = self.run_main("--line-length", "120", md)
        self.assertEqual((code, out), (0, ""))
        self.assertIn("deprecat", err.lower())
        self.assertIn("--max-line-length", err)

    def test_old_flag_overrides_config(self):
        cfg = self.write("lint.ini", "[mdlint]\nmax_line_length = 50\n")
        md = self.write("a.md", LINE_60)
        code, _, _ = self.run_main("--config", cfg, "--line-length", "80", md)
        self.assertEqual(code, 0)

    def test_new_flag_wins_over_old_flag(self):
        md = self.write("a.md", LINE_60)
        for argv in (["--line-length", "200", "--max-line-length", "50"],
                     ["--max-line-length", "50", "--line-length", "200"]):
            code, out, _ = self.run_main(*argv, md)
            self.assertEqual(code, 1, argv)
            self.assertIn("MD001", out)

    def test_new_names_do_not_warn(self):
        cfg = self.write("lint.ini", "[mdlint]\nmax_line_length = 120\n")
        md = self.write("a.md", LINE_110)
        code, out, err = self.run_main("--config", cfg, "--max-line-length", "120", md)
        self.assertEqual((code, out, err), (0, "", ""))


if __name__ == "__main__":
    unittest.main()
