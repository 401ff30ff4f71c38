import io
import os
import tempfile
import unittest

from bkp.cli import main


class CliTests(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.cfg = os.path.join(self.dir.name, "bkp.toml")
        with open(self.cfg, "w", encoding="utf-8") as fh:
            fh.write('[storage]\npath = "/srv/b"\nkeep_daily = 2\nkeep_weekly = 0\n')

    def run_main(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        code = main(list(argv), stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue()

    def test_show_config(self):
        code, out, _ = self.run_main("--config", self.cfg, "--set", "schedule.interval=2d", "show-config")
        self.assertEqual(code, 0)
        self.assertIn("storage.keep_daily = 2\n", out)
        self.assertIn("schedule.interval = 2d\n", out)
        self.assertIn("storage.compress = yes\n", out)

    def test_plan(self):
        snaps = os.path.join(self.dir.name, "snaps.txt")
        with open(snaps, "w") as fh:
            fh.write("2024-05-01\n2024-05-02\n2024-05-03\n")
        code, out, _ = self.run_main("--config", self.cfg, "plan", snaps)
        self.assertEqual(code, 0)
        self.assertEqual(out, "keep  2024-05-02\nkeep  2024-05-03\nprune 2024-05-01\n")

    def test_config_error(self):
        code, _, err = self.run_main("--config", self.cfg, "--set", "storage.keep_daily=x", "show-config")
        self.assertEqual(code, 2)
        self.assertIn("storage.keep_daily", err)


if __name__ == "__main__":
    unittest.main()
