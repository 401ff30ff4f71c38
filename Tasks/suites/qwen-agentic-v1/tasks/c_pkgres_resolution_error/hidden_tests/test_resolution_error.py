import io
import json
import os
import tempfile
import unittest

from pkgres.cli import main
from pkgres.index import Index
from pkgres.lockfile import LockError, update_lock
from pkgres.resolver import ResolutionError, resolve
from pkgres.upgrade import plan_upgrades
from pkgres.versions import Version

V = Version.parse

INDEX = {"packages": {
    "web": {"1.0": ["http>=1.0", "tmpl"], "2.0": ["http>=2.0", "tmpl>=1.5"]},
    "http": {"1.0": [], "1.5": ["tls"], "2.0": ["tls>=2"], "2.1": ["tls>=2,!=2.1"]},
    "tls": {"1.0": [], "2.0": [], "2.1": [], "2.2": []},
    "tmpl": {"1.0": [], "1.5": ["markup~=1.2"], "1.6": ["markup~=1.2"]},
    "markup": {"1.1": [], "1.2": [], "1.3.4": [], "2.0": []},
}}


class ResolutionErrorTests(unittest.TestCase):
    def setUp(self):
        self.index = Index.from_dict(INDEX)

    def test_raises_with_conflict(self):
        with self.assertRaises(ResolutionError) as ctx:
            resolve(["web>=2", "tls<2"], self.index)
        exc = ctx.exception
        self.assertEqual(exc.package, "tls")
        self.assertEqual([tuple(p) for p in exc.requirements], [("<root>", "tls<2"), ("http 2.0", "tls>=2")])
        self.assertEqual(str(exc), "cannot find a version of tls that satisfies:\n"
                                   "  tls<2  (required by <root>)\n  tls>=2  (required by http 2.0)")

    def test_unknown_package(self):
        with self.assertRaises(ResolutionError) as ctx:
            resolve(["nothere>=1"], self.index)
        self.assertEqual(ctx.exception.package, "nothere")
        self.assertEqual([tuple(p) for p in ctx.exception.requirements], [("<root>", "nothere>=1")])

    def test_success_unchanged(self):
        pins = resolve(["web", "markup<1.2"], self.index)
        self.assertEqual({k: str(v) for k, v in pins.items()}, {"web": "1.0", "http": "2.1", "tls": "2.2", "tmpl": "1.0", "markup": "1.1"})
        self.assertEqual(resolve([], self.index), {})

    def test_update_lock(self):
        with self.assertRaises(LockError) as ctx:
            update_lock(["web", "tmpl>=1.5", "markup>=2"], self.index)
        self.assertIn("cannot find a version of markup", str(ctx.exception))
        self.assertIn("markup~=1.2  (required by tmpl 1.5)", str(ctx.exception))

    def test_plan_upgrades_skips_unresolvable(self):
        locked = {"web": V("1.0"), "tmpl": V("1.0"), "http": V("1.0"), "tls": V("1.0")}
        plan = plan_upgrades(["web", "tmpl<1.5", "tls<2"], self.index, locked)
        self.assertEqual({k: str(v) for k, v in plan.items()}, {"http": "1.5"})

    def test_cli(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "index.json")
            with open(path, "w") as fh:
                json.dump(INDEX, fh)
            for command in (["lock", "web>=2", "tls<2"], ["why", "web>=2", "tls<2", "--target", "tls"]):
                out, err = io.StringIO(), io.StringIO()
                self.assertEqual(main(["--index", path, *command], stdout=out, stderr=err), 1)
                self.assertIn("resolution failed", err.getvalue())
                self.assertIn("tls>=2  (required by http 2.0)", err.getvalue())
                self.assertEqual(out.getvalue(), "")
            lock = os.path.join(tmp, "lock.txt")
            with open(lock, "w") as fh:
                fh.write("web==1.0\ntmpl==1.0\nhttp==1.0\n")
            out, err = io.StringIO(), io.StringIO()
            self.assertEqual(main(["--index", path, "upgrades", "web", "tmpl<1.5", "--lock", lock],
                                  stdout=out, stderr=err), 0)
            self.assertEqual(out.getvalue(), "http 1.0 -> 2.1\n")


if __name__ == "__main__":
    unittest.main()
