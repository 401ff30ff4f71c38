import unittest

from taskgraph import CycleError, GraphError, build_order, levels, parse_taskfile

TASKFILE = """
# release pipeline
release: test docs
test: build
build: compile assets
compile: fetch
docs: fetch
assets:
"""


class GraphTests(unittest.TestCase):
    def test_parse(self):
        g = parse_taskfile(TASKFILE)
        self.assertEqual(len(g), 7)
        self.assertEqual(g.deps["build"], ["compile", "assets"])
        self.assertEqual(sorted(g.dependents()["fetch"]), ["compile", "docs"])

    def test_bad_lines(self):
        with self.assertRaises(GraphError):
            parse_taskfile("no colon here")
        with self.assertRaises(GraphError):
            parse_taskfile("a: b$")
        with self.assertRaises(CycleError):
            parse_taskfile("a: a")


class OrderTests(unittest.TestCase):
    def test_order(self):
        g = parse_taskfile(TASKFILE)
        self.assertEqual(build_order(g), ["assets", "fetch", "compile", "build", "docs", "test", "release"])

    def test_targets(self):
        g = parse_taskfile(TASKFILE)
        self.assertEqual(build_order(g, ["docs"]), ["fetch", "docs"])
        with self.assertRaises(GraphError):
            build_order(g, ["nope"])

    def test_cycle(self):
        g = parse_taskfile("a: b\nb: c\nc: a\nd:")
        with self.assertRaises(CycleError) as cm:
            build_order(g)
        self.assertEqual(cm.exception.cycle, ["a", "b", "c", "a"])
        self.assertEqual(build_order(g, ["d"]), ["d"])

    def test_levels(self):
        g = parse_taskfile(TASKFILE)
        self.assertEqual(levels(g), [["assets", "fetch"], ["compile", "docs"], ["build"], ["test"], ["release"]])


if __name__ == "__main__":
    unittest.main()
