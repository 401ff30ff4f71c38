import io
import os
import tempfile
import unittest

from mdlint.cli import main


class CliTests(unittest.TestCase):
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

    def test_clean_file(self):
        path = self.write("a.md", "# Title\n\nSome text.\n")
        self.assertEqual(self.run_main(path), (0, "", ""))

    def test_findings_reported(self):
        path = self.write("a.md", "# Title\n\nSome text. \n")
        code, out, _ = self.run_main(path)
        self.assertEqual(code, 1)
        self.assertEqual(out, f"{path}:3: MD002 trailing whitespace\n")

    def test_cli_overrides_config(self):
        cfg = self.write("lint.ini", "[mdlint]\nmax_line_length = 20\n")
        path = self.write("a.md", "some words that make a line of forty\n")
        self.assertEqual(self.run_main("--config", cfg, path)[0], 1)
        self.assertEqual(self.run_main("--config", cfg, "--max-line-length", "50", path)[0], 0)

    def test_bad_config_value(self):
        cfg = self.write("lint.ini", "[mdlint]\nmax_line_length = wide\n")
        path = self.write("a.md", "x\n")
        code, _, err = self.run_main("--config", cfg, path)
        self.assertEqual(code, 2)
        self.assertIn("max_line_length", err)

    def test_unknown_setting_warns(self):
        cfg = self.write("lint.ini", "[mdlint]\ncolour = yes\n")
        path = self.write("a.md", "x\n")
        code, _, err = self.run_main("--config", cfg, path)
        self.assertEqual(code, 0)
        self.assertIn("colour", err)


if __name__ == "__main__":
    unittest.main()
