import io
import os
import tempfile
import unittest

from layered import deep_merge, load_config
from layered.cli import main

FILES = {
    "base.conf": """
[app]
name = "shop"
plugins+ = ["auth"]
[server]
port = 8080
[features]
search = false
""",
    "staging.conf": """
[app]
plugins+ = ["metrics"]
[server]
host = "0.0.0.0"
[database]
url = "postgres://db.staging/shop"
[database.pool]
size = 20
[features]
search = true
""",
    "dev.conf": """
[app]
debug = true
[logging]
level = "DEBUG"
""",
}


class ProfileIsolationTests(unittest.TestCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.dir = tmp.name
        for name, text in FILES.items():
            with open(os.path.join(self.dir, name), "w") as fh:
                fh.write(text)

    def check_dev(self, cfg):
        self.assertEqual(cfg["database.url"], "sqlite:///app.db")
        self.assertEqual(cfg["database.pool.size"], 5)
        self.assertEqual(cfg["server.host"], "127.0.0.1")
        self.assertEqual(cfg["server.port"], 8080)
        self.assertEqual(cfg["app.plugins"], ["core", "auth"])
        self.assertIs(cfg["features.search"], False)
        self.assertEqual(cfg.explain("database.url"), "defaults")

    def test_dev_after_staging(self):
        staging = load_config(self.dir, "staging")
        self.assertEqual(staging["database.url"], "postgres://db.staging/shop")
        self.check_dev(load_config(self.dir, "dev"))

    def test_repeated_loads_are_identical(self):
        first = load_config(self.dir, "staging").flat()
        load_config(self.dir, "dev")
        for _ in range(3):
            self.assertEqual(load_config(self.dir, "staging").flat(), first)
        self.assertEqual(first["app.plugins"], ["core", "auth", "metrics"])

    def test_section_only_in_files_is_not_shared(self):
        self.assertIs(load_config(self.dir, "staging")["features.search"], True)
        self.assertIs(load_config(self.dir, "dev")["features.search"], False)

    def test_environment_and_overrides_do_not_leak(self):
        load_config(self.dir, "staging", environ={"APP_SERVER__WORKERS": "16"},
                    overrides=["app.plugins+=[\"extra\"]", "logging.level=ERROR"])
        cfg = load_config(self.dir, "staging")
        self.assertEqual(cfg["server.workers"], 2)
        self.assertEqual(cfg["logging.level"], "INFO")
        self.assertEqual(cfg["app.plugins"], ["core", "auth", "metrics"])

    def test_defaults_after_profiles(self):
        load_config(self.dir, "staging")
        load_config(overrides=["server.port=1", "app.name=changed"])
        cfg = load_config()
        self.assertEqual(cfg["server.port"], 8000)
        self.assertEqual(cfg["app.name"], "app")
        self.assertEqual(cfg["app.plugins"], ["core"])

    def test_cli_twice_in_one_process(self):
        outs = []
        for profile in ("staging", "dev", "staging", "dev"):
            out = io.StringIO()
            self.assertEqual(main(["--dir", self.dir, "--profile", profile, "show"], environ={}, out=out), 0)
            outs.append(out.getvalue())
        self.assertEqual(outs[0], outs[2])
        self.assertEqual(outs[1], outs[3])
        self.assertIn("database.url = sqlite:///app.db\n", outs[1])


class DeepMergeTests(unittest.TestCase):
    def test_inputs_untouched(self):
        base = {"a": {"b": 1, "items": [1]}, "keep": {"x": 1}}
        override = {"a": {"c": 2, "items+": [2]}, "new": {"y": [3]}}
        result = deep_merge(base, override)
        self.assertEqual(result, {"a": {"b": 1, "c": 2, "items": [1, 2]}, "keep": {"x": 1}, "new": {"y": [3]}})
        self.assertEqual(base, {"a": {"b": 1, "items": [1]}, "keep": {"x": 1}})
        self.assertEqual(override, {"a": {"c": 2, "items+": [2]}, "new": {"y": [3]}})
        result["new"]["y"].append(4)
        result["keep"]["x"] = 99
        self.assertEqual(override["new"]["y"], [3])
        self.assertEqual(base["keep"]["x"], 1)


if __name__ == "__main__":
    unittest.main()
