import io
import os
import tempfile
import unittest
from unittest import mock

from bkp.cli import main
from bkp.config import ConfigError, load_config

BASE = '[storage]\npath = "/srv/backup"\nkeep_daily = 10\n[schedule]\ninterval = "6h"\n'


class EnvOverrideTests(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        clean = {k: v for k, v in os.environ.items() if not k.startswith("BKP_")}
        patcher = mock.patch.dict(os.environ, clean, clear=True)
        patcher.start()
        self.addCleanup(patcher.stop)

    def write(self, text, name="bkp.toml"):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return path

    def test_int_override_beats_file(self):
        path = self.write(BASE)
        os.environ["BKP_STORAGE_KEEP_DAILY"] = "3"
        cfg = load_config(path)
        self.assertEqual(cfg["storage"]["keep_daily"], 3)
        self.assertEqual(cfg["storage"]["keep_weekly"], 4)

    def test_values_are_typed(self):
        path = self.write(BASE)
        os.environ.update({
            "BKP_STORAGE_COMPRESS": "off",
            "BKP_NOTIFY_EMAIL": "ops@example.org, oncall@example.org",
            "BKP_SCHEDULE_INTERVAL": "12h",
            "BKP_STORAGE_COMPRESSION": "xz",
        })
        cfg = load_config(path)
        self.assertIs(cfg["storage"]["compress"], False)
        self.assertEqual(tuple(cfg["notify"]["email"]), ("ops@example.org", "oncall@example.org"))
        self.assertEqual(cfg["schedule"]["interval"], 43200)
        self.assertEqual(cfg["storage"]["compression"], "xz")

    def test_set_beats_environment(self):
        path = self.write(BASE)
        os.environ["BKP_STORAGE_KEEP_DAILY"] = "3"
        cfg = load_config(path, ["storage.keep_daily=5"])
        self.assertEqual(cfg["storage"]["keep_daily"], 5)

    def test_required_setting_from_environment(self):
        path = self.write("[storage]\nkeep_daily = 1\n")
        os.environ["BKP_STORAGE_PATH"] = "/mnt/snapshots"
        self.assertEqual(load_config(path)["storage"]["path"], "/mnt/snapshots")

    def test_bad_value_names_variable(self):
        path = self.write(BASE)
        for var, value in [("BKP_STORAGE_KEEP_DAILY", "lots"), ("BKP_STORAGE_KEEP_WEEKLY", "-2"),
                           ("BKP_STORAGE_COMPRESS", "maybe"), ("BKP_NOTIFY_WHEN", "sometimes"),
                           ("BKP_SCHEDULE_INTERVAL", "soon")]:
            with mock.patch.dict(os.environ, {var: value}):
                with self.assertRaises(ConfigError) as ctx:
                    load_config(path)
                self.assertIn(var, str(ctx.exception))

    def test_unknown_variable_is_an_error(self):
        path = self.write(BASE)
        os.environ["BKP_STORAGE_KEEP_DAYLY"] = "3"
        with self.assertRaises(ConfigError) as ctx:
            load_config(path)
        self.assertIn("BKP_STORAGE_KEEP_DAYLY", str(ctx.exception))

    def test_bkp_config_still_selects_file(self):
        path = self.write(BASE, name="other.toml")
        os.environ["BKP_CONFIG"] = path
        os.environ["BKP_STORAGE_KEEP_MONTHLY"] = "6"
        cfg = load_config()
        self.assertEqual(cfg["storage"]["path"], "/srv/backup")
        self.assertEqual(cfg["storage"]["keep_monthly"], 6)

    def test_cli(self):
        path = self.write(BASE)
        os.environ["BKP_SCHEDULE_JITTER"] = "30m"
        out, err = io.StringIO(), io.StringIO()
        self.assertEqual(main(["--config", path, "show-config"], stdout=out, stderr=err), 0)
        self.assertIn("schedule.jitter = 30m\n", out.getvalue())
        os.environ["BKP_STORAGE_KEEP_DAILY"] = "x"
        out, err = io.StringIO(), io.StringIO()
        self.assertEqual(main(["--config", path, "show-config"], stdout=out, stderr=err), 2)
        self.assertIn("BKP_STORAGE_KEEP_DAILY", err.getvalue())


if __name__ == "__main__":
    unittest.main()
