import io
import os
import tempfile
import unittest

from deployctl import ConfigError, load_config
from deployctl.cli import main

BASE = """[deploy]
target = web
replicas = 4
max_unavailable = 2
timeout = 1h30m

[notify]
channel = #ops
on_success = yes
"""


class ConfigTests(unittest.TestCase):
    def test_values_and_defaults(self):
        c = load_config(BASE)
        self.assertEqual(c.deploy["timeout"], 5400)
        self.assertEqual(c.deploy["strategy"], "rolling")
        self.assertTrue(c.notify["on_failure"])

    def test_errors(self):
        bad = [
            "[deploy]\nreplicas = 2\n",                               # target missing
            "[deploy]\ntarget = x\nreplica = 2\n",                    # unknown key
            "[deploy]\ntarget = x\n[extra]\na = 1\n",                 # unknown section
            "[deploy]\ntarget = x\nstrategy = yolo\n",
            "[deploy]\ntarget = x\ntimeout = soon\n",
            "[deploy]\ntarget = x\nstrategy = blue-green\n",          # needs health_url
            "[deploy]\ntarget = x\nreplicas = 2\nmax_unavailable = 3\n",
            "[notify]\non_success = maybe\n",
            "not an ini file",
        ]
        for text in bad:
            with self.assertRaises(ConfigError, msg=text):
                load_config(text)


class CliTests(unittest.TestCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.path = os.path.join(tmp.name, "deploy.ini")
        with open(self.path, "w", encoding="utf-8") as fh:
            fh.write(BASE)

    def run_cli(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        code = main(["--config", self.path, *argv], stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue()

    def test_show(self):
        code, out, _ = self.run_cli("show")
        self.assertEqual(code, 0)
        self.assertIn("deploy.timeout = 1h30m\n", out)
        self.assertIn("notify.on_success = yes\n", out)
        self.assertEqual(len(out.splitlines()), 9)

    def test_plan(self):
        code, out, _ = self.run_cli("plan")
        self.assertEqual(out.splitlines(), ["1. update replicas 1-2 of 4 on web", "2. update replicas 3-4 of 4 on web",
                                            "notify #ops on success and failure"])
        code, out, _ = self.run_cli("plan", "--replicas", "1")
        self.assertEqual(out.splitlines()[0], "1. update replicas 1-1 of 1 on web")

    def test_errors(self):
        code, _, err = main(["--config", self.path + ".nope", "show"], stdout=io.StringIO(), stderr=io.StringIO()), None, None
        self.assertEqual(code, 2)
        code, _, err = self.run_cli("plan", "--replicas", "0")
        self.assertEqual(code, 2)


if __name__ == "__main__":
    unittest.main()
