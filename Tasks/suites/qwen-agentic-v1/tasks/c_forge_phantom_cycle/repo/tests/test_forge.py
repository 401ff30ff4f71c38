import io
import os
import tempfile
import unittest

from forge.buildfile import BuildFileError, parse_build_file
from forge.cli import main
from forge.graph import CycleError, GraphError, Workspace
from forge.labels import Label, LabelError, parse_label

L = parse_label

SOURCES = {
    "tools": "target linker\n  kind binary\n  srcs ld.c\n\ntarget testrunner\n  kind binary\n  srcs run.c\n",
    "lib/base": "target base\n  srcs base.c\n  deps :strings\n\ntarget strings\n  srcs strings.c, strings.h\n",
    "lib/net": "# networking\ntarget net\n  srcs net.c\n  deps //lib/base\n  deps //lib/base:strings\n",
    "lib/log": "target log\n  srcs log.c\n  deps //lib/base\n",
    "app": ("target server\n  kind binary\n  srcs main.c\n  deps //lib/net, //lib/log\n\n"
            "target server_test\n  kind test\n  srcs server_test.c\n  deps :server\n"),
}


class LabelTests(unittest.TestCase):
    def test_forms(self):
        self.assertEqual(L("//lib/net:http"), Label("lib/net", "http"))
        self.assertEqual(L("//lib/net"), Label("lib/net", "net"))
        self.assertEqual(L(":http", "lib/net"), Label("lib/net", "http"))
        self.assertEqual(str(L("//a/b")), "//a/b:b")
        for bad in ["lib:x", ":x", "//Lib:x", "//lib:x y"]:
            with self.assertRaises(LabelError):
                L(bad)


class BuildFileTests(unittest.TestCase):
    def test_parse(self):
        targets = parse_build_file(SOURCES["lib/net"], "lib/net")
        net = targets["net"]
        self.assertEqual(net.kind, "library")
        self.assertEqual(net.srcs, ["net.c"])
        self.assertEqual(net.deps, [L("//lib/base:base"), L("//lib/base:strings")])

    def test_errors(self):
        for text in ["  srcs a.c\n", "target a\n  colour red\n", "target a\ntarget a\n",
                     "target a\n  kind magic\n", "target a\n  deps lib:x\n", "target g\n  kind genrule\n"]:
            with self.assertRaises(BuildFileError, msg=text):
                parse_build_file(text, "p")


class GraphTests(unittest.TestCase):
    def test_build_order(self):
        ws = Workspace(SOURCES)
        self.assertEqual([str(l) for l in ws.build_order([L("//app:server")])], [
            "//lib/base:strings", "//lib/base:base", "//lib/log:log", "//lib/net:net",
            "//tools:linker", "//app:server"])

    def test_implicit_deps(self):
        ws = Workspace(SOURCES)
        self.assertIn(L("//tools:linker"), ws.target(L("//app:server")).deps)
        self.assertIn(L("//tools:testrunner"), ws.target(L("//app:server_test")).deps)
        self.assertEqual(ws.target(L("//lib/log")).deps, [L("//lib/base")])

    def test_reverse_deps_and_tests(self):
        ws = Workspace(SOURCES)
        universe = [L("//app:server_test")]
        self.assertEqual(ws.reverse_deps(L("//lib/base:strings"), universe),
                         [L("//lib/base:base"), L("//lib/log"), L("//lib/net"), L("//app:server"), L("//app:server_test")])
        self.assertEqual(ws.tests_for(L("//lib/log"), universe), [L("//app:server_test")])

    def test_real_cycle(self):
        ws = Workspace({"a": "target x\n  deps //b:y\n", "b": "target y\n  deps //a:x\n"})
        with self.assertRaises(CycleError) as ctx:
            ws.build_order([L("//a:x")])
        self.assertEqual([str(l) for l in ctx.exception.path], ["//a:x", "//b:y", "//a:x"])

    def test_missing(self):
        ws = Workspace(SOURCES)
        with self.assertRaises(GraphError):
            ws.build_order([L("//lib/net:nope")])
        with self.assertRaises(GraphError):
            ws.build_order([L("//nowhere:x")])

    def test_cli(self):
        with tempfile.TemporaryDirectory() as root:
            for package, text in SOURCES.items():
                os.makedirs(os.path.join(root, package))
                with open(os.path.join(root, package, "BUILD"), "w") as fh:
                    fh.write(text)
            out = io.StringIO()
            self.assertEqual(main(["--root", root, "deps", "//lib/net"], stdout=out), 0)
            self.assertEqual(out.getvalue(), "//lib/base:base\n//lib/base:strings\n")
            out = io.StringIO()
            self.assertEqual(main(["--root", root, "tests", "//lib/base:strings"], stdout=out), 0)
            self.assertEqual(out.getvalue(), "//app:server_test\n")


if __name__ == "__main__":
    unittest.main()
