import io
import os
import tempfile
import unittest

from layered import ConfigError, ConfigSyntaxError, load_config, parse_text
from layered.loader import validate
from layered.cli import main

BASE = """
[app]
name = "shop"
[server]
port = 8080
"""

STAGING = """
[server]
host = "0.0.0.0"
[database]
url = "postgres://db.staging/shop"
"""


class SyntaxTests(unittest.TestCase):
    def test_values(self):
        data = parse_text('a = 1\nb = 2.5\nc = "x # not a comment"  # comment\n[s.t]\nd = [1, "two", true]\n')
        self.assertEqual(data, {"a": 1, "b": 2.5, "c": "x # not a comment", "s": {"t": {"d": [1, "two", True]}}})

    def test_errors(self):
        for text in ["a = ", "a = bare", "a = 1\na = 2", "[s]\nx+ = 3", "just text"]:
            with self.subTest(text=text), self.assertRaises(ConfigSyntaxError):
                parse_text(text)


class LoadTests(unittest.TestCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.dir = tmp.name
        for name, text in (("base.conf", BASE), ("staging.conf", STAGING)):
            with open(os.path.join(self.dir, name), "w") as fh:
                fh.write(text)

    def test_defaults_only(self):
        cfg = load_config()
        self.assertEqual(cfg["database.pool.size"], 5)
        self.assertEqual(cfg.explain("database.pool.size"), "defaults")

    def test_layers(self):
        cfg = load_config(self.dir, "staging", environ={"APP_SERVER__WORKERS": "8", "OTHER": "x"},
                          overrides=["logging.level=DEBUG"])
        self.assertEqual(cfg["app.name"], "shop")
        self.assertEqual(cfg["server.port"], 8080)
        self.assertEqual(cfg["server.host"], "0.0.0.0")
        self.assertEqual(cfg["server.workers"], 8)
        self.assertEqual(cfg["logging.level"], "DEBUG")
        self.assertEqual(cfg.explain("server.workers"), "environment")
        self.assertTrue(cfg.explain("database.url").endswith("staging.conf"))

    def test_interpolation(self):
        cfg = load_config(overrides=["app.name=web", "database.url=sqlite:///${app.name}.db"])
        self.assertEqual(cfg["database.url"], "sqlite:///web.db")

    def test_validation(self):
        with self.assertRaises(ConfigError):
            validate({"server": {"port": "eighty"}})
        with self.assertRaises(ConfigError):
            validate({"server": {"prot": 80}})
        with self.assertRaises(ConfigError):
            load_config(self.dir, "production")

    def test_cli(self):
        out = io.StringIO()
        self.assertEqual(main(["--dir", self.dir, "--profile", "staging", "get", "server.host"], environ={}, out=out), 0)
        self.assertEqual(out.getvalue(), "0.0.0.0\n")


if __name__ == "__main__":
    unittest.main()
