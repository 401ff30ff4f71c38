import io
import os
import tempfile
import unittest
from unittest import mock

from deployctl import ConfigError, load_config
from deployctl.cli import main

TEXT = """[deploy]
target = web
replicas = 4
max_unavailable = 2
timeout = 10m

[notify]
channel = #ops

[deploy:staging]
target = web-staging
replicas = 2

[notify:staging]
on_success = yes

[deploy:prod-eu]
strategy = blue-green
health_url = https://eu.example/health
"""


class LoadProfileTests(unittest.TestCase):
    def test_no_profile(self):
        c = load_config(TEXT)
        self.assertIsNone(c.profile)
        self.assertEqual((c.deploy["target"], c.deploy["replicas"]), ("web", 4))
        self.assertFalse(c.notify["on_success"])

    def test_profile_overrides_keys(self):
        c = load_config(TEXT, profile="staging")
        self.assertEqual(c.profile, "staging")
        self.assertEqual((c.deploy["target"], c.deploy["replicas"], c.deploy["max_unavailable"]), ("web-staging", 2, 2))
        self.assertEqual(c.deploy["timeout"], 600)
        self.assertEqual((c.notify["channel"], c.notify["on_success"]), ("#ops", True))

    def test_other_profile(self):
        c = load_config(TEXT, profile="prod-eu")
        self.assertEqual((c.deploy["strategy"], c.deploy["target"]), ("blue-green", "web"))
        self.assertEqual(c.notify["channel"], "#ops")

    def test_required_key_from_profile_only(self):
        text = "[deploy]\nreplicas = 2\n[deploy:dev]\ntarget = dev-box\n"
        self.assertEqual(load_config(text, profile="dev").deploy["target"], "dev-box")
        with self.assertRaises(ConfigError):
            load_config(text)

    def test_merged_values_are_checked(self):
        text = "[deploy]\ntarget = x\nreplicas = 4\nmax_unavailable = 3\n[deploy:small]\nreplicas = 2\n"
        load_config(text)
        with self.assertRaises(ConfigError):
            load_config(text, profile="small")

    def test_errors_in_unselected_profiles(self):
        for text in [TEXT + "[deploy:qa]\nreplica = 3\n", TEXT + "[extra:staging]\na = 1\n",
                     TEXT + "[deploy:bad name]\nreplicas = 3\n"]:
            with self.assertRaises(ConfigError, msg=text):
                load_config(text)

    def test_unknown_profile(self):
        with self.assertRaises(ConfigError):
            load_config(TEXT, profile="mars")


class CliProfileTests(unittest.TestCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.path = os.path.join(tmp.name, "deploy.ini")
        with open(self.path, "w", encoding="utf-8") as fh:
            fh.write(TEXT)
        patcher = mock.patch.dict(os.environ)
        patcher.start()
        self.addCleanup(patcher.stop)
        os.environ.pop("DEPLOYCTL_PROFILE", None)

    def run_cli(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        code = main(["--config", self.path, *argv], stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue()

    def test_option(self):
        code, out, _ = self.run_cli("--profile", "staging", "plan")
        self.assertEqual(code, 0)
        self.assertEqual(out.splitlines()[:1], ["1. update replicas 1-2 of 2 on web-staging"])

    def test_environment_and_precedence(self):
        os.environ["DEPLOYCTL_PROFILE"] = "staging"
        code, out, _ = self.run_cli("show")
        self.assertEqual(out.splitlines()[0], "# profile: staging")
        self.assertIn("deploy.target = web-staging\n", out)
        code, out, _ = self.run_cli("--profile", "prod-eu", "show")
        self.assertEqual(out.splitlines()[0], "# profile: prod-eu")
        self.assertIn("deploy.strategy = blue-green\n", out)
        os.environ["DEPLOYCTL_PROFILE"] = ""
        code, out, _ = self.run_cli("show")
        self.assertEqual(out.splitlines()[0], "deploy.target = web")
        self.assertEqual(len(out.splitlines()), 9)

    def test_unknown_profile_exit_status(self):
        code, out, err = self.run_cli("--profile", "mars", "show")
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertTrue(err)

    def test_profiles_command(self):
        code, out, _ = self.run_cli("profiles")
        self.assertEqual((code, out), (0, "prod-eu\nstaging\n"))


if __name__ == "__main__":
    unittest.main()
