import io
import os
import tempfile
import unittest

from forge.cli import main
from forge.graph import Workspace
from forge.labels import parse_label as L

SOURCES = {
    "tools": "target linker\n  kind binary\n  srcs ld.c\n\ntarget testrunner\n  kind binary\n  srcs run.c\n",
    "lib/base": "target base\n  srcs base.c\n  deps :strings\n\ntarget strings\n  srcs strings.c\n",
    "lib/net": "target net\n  srcs net.c\n  deps //lib/base\n",
    "app": ("target server\n  kind binary\n  srcs main.c\n  deps //lib/net\n\n"
            "target healthcheck\n  kind binary\n  srcs healthcheck.c\n\n"
            "target smoke_test\n  kind test\n  srcs smoke.c\n\n"
            "target assets\n  kind filegroup\n  srcs logo.png\n"),
}


def names(labels):
    return [str(label) for label in labels]


class PhantomCycleTests(unittest.TestCase):
    def test_server_order(self):
        ws = Workspace(SOURCES)
        self.assertEqual(names(ws.build_order([L("//app:server")])), [
            "//lib/base:strings", "//lib/base:base", "//lib/net:net", "//tools:linker", "//app:server"])

    def test_depless_binary_links(self):
        ws = Workspace(SOURCES)
        self.assertEqual(names(ws.build_order([L("//app:healthcheck")])), ["//tools:linker", "//app:healthcheck"])
        self.assertEqual(ws.target(L("//app:healthcheck")).deps, [L("//tools:linker")])

    def test_depless_test_gets_runner_only(self):
        ws = Workspace(SOURCES)
        self.assertEqual(ws.target(L("//app:smoke_test")).deps, [L("//tools:testrunner")])

    def test_other_targets_unaffected(self):
        ws = Workspace(SOURCES)
        ws.build_order([L("//app:healthcheck"), L("//app:smoke_test"), L("//app:server")])
        self.assertEqual(ws.target(L("//tools:linker")).deps, [])
        self.assertEqual(ws.target(L("//app:assets")).deps, [])
        self.assertEqual(ws.transitive_deps(L("//lib/base:strings")), [])
        self.assertEqual(names(ws.transitive_deps(L("//lib/net"))), ["//lib/base:strings", "//lib/base:base"])
        self.assertEqual(ws.target(L("//app:assets")).srcs, ["logo.png"])

    def test_fresh_workspace_after_another(self):
        Workspace(SOURCES).build_order([L("//app:healthcheck")])
        ws = Workspace({"p": "target a\n  srcs a.c\n\ntarget b\n  kind binary\n  srcs b.c\n",
                        "tools": SOURCES["tools"]})
        self.assertEqual(ws.target(L("//p:a")).deps, [])
        self.assertEqual(names(ws.build_order([L("//p:b"), L("//p:a")])), ["//tools:linker", "//p:b", "//p:a"])

    def test_cli(self):
        with tempfile.TemporaryDirectory() as root:
            for package, text in SOURCES.items():
                os.makedirs(os.path.join(root, package))
                with open(os.path.join(root, package, "BUILD"), "w") as fh:
                    fh.write(text)
            out, err = io.StringIO(), io.StringIO()
            self.assertEqual(main(["--root", root, "order", "//app:server"], stdout=out, stderr=err), 0, err.getvalue())
            self.assertEqual(out.getvalue().split(), ["//lib/base:strings", "//lib/base:base", "//lib/net:net",
                                                      "//tools:linker", "//app:server"])
            out = io.StringIO()
            self.assertEqual(main(["--root", root, "deps", "//lib/base"], stdout=out, stderr=err), 0)
            self.assertEqual(out.getvalue(), "//lib/base:strings\n")


if __name__ == "__main__":
    unittest.main()
