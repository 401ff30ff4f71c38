import os
import tempfile
import unittest

from bkp.config import ConfigError, load_config


class ConfigTests(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, text):
        path = os.path.join(self.dir.name, "bkp.toml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return path

    def test_defaults_and_file(self):
        path = self.write('[storage]\npath = "/srv/backup"\nkeep_daily = 10\n[schedule]\ninterval = "6h"\n')
        cfg = load_config(path)
        self.assertEqual(cfg["storage"]["path"], "/srv/backup")
        self.assertEqual(cfg["storage"]["keep_daily"], 10)
        self.assertEqual(cfg["storage"]["keep_weekly"], 4)
        self.assertEqual(cfg["schedule"]["interval"], 21600)
        self.assertEqual(cfg["notify"]["email"], ())

    def test_set_overrides_file(self):
        path = self.write('[storage]\npath = "/srv/backup"\nkeep_daily = 10\n')
        cfg = load_config(path, ["storage.keep_daily=2", "storage.compress=no",
                                 "notify.email=a@x.org, b@x.org", "schedule.jitter=15m"])
        self.assertEqual(cfg["storage"]["keep_daily"], 2)
        self.assertIs(cfg["storage"]["compress"], False)
        self.assertEqual(cfg["notify"]["email"], ("a@x.org", "b@x.org"))
        self.assertEqual(cfg["schedule"]["jitter"], 900)

    def test_errors_name_the_setting(self):
        cases = [
            ('[storage]\npath = "/b"\nkeep_daily = "many"\n', (), "storage.keep_daily"),
            ('[storage]\npath = "/b"\ncompression = "rar"\n', (), "storage.compression"),
            ('[storage]\npath = "/b"\n[schedule]\ninterval = "5s"\n', (), "schedule.interval"),
            ('[storage]\npath = "/b"\nsize = 3\n', (), "storage.size"),
            ('[storage]\npath = "/b"\n', ("storage.keep_weekly=-1",), "storage.keep_weekly"),
            ('[storage]\nkeep_daily = 1\n', (), "storage.path"),
        ]
        for text, overrides, name in cases:
            with self.assertRaises(ConfigError) as ctx:
                load_config(self.write(text), overrides)
            self.assertIn(name, str(ctx.exception))


if __name__ == "__main__":
    unittest.main()
