import io
import unittest

from pipeline import CycleError, GraphError, format_pipeline, parse_pipeline
from pipeline.cli import main

SPEC = """
fetch:
codegen: fetch | duration=3
configure: fetch | priority=1
build: configure ?codegen ?docs | priority=2 duration=30
lint: fetch | duration=2 tags=ci
test: build | duration=12.5 tags=ci,slow
package: build lint
"""


class GraphTests(unittest.TestCase):
    def setUp(self):
        self.g = parse_pipeline(SPEC)

    def test_order(self):
        self.assertEqual(self.g.order(), ["fetch", "configure", "codegen", "build", "lint", "package", "test"])

    def test_stages(self):
        self.assertEqual(self.g.stages(), [["fetch"], ["configure", "codegen", "lint"], ["build"], ["package", "test"]])

    def test_needs_and_affected(self):
        self.assertEqual(self.g.required_for(["package"]),
                         ["fetch", "configure", "codegen", "build", "lint", "package"])
        self.assertEqual(self.g.downstream("codegen"), ["build", "package", "test"])

    def test_critical_path(self):
        self.assertEqual(self.g.critical_path(), (46.5, ["fetch", "codegen", "build", "test"]))

    def test_schedule(self):
        makespan, timeline = self.g.schedule(workers=2)
        self.assertEqual(makespan, 46.5)
        self.assertEqual(timeline[0], (0.0, 1.0, "fetch"))

    def test_errors(self):
        with self.assertRaises(GraphError):
            parse_pipeline("a: missing\n").order()
        with self.assertRaises(CycleError) as cm:
            parse_pipeline("a: c\nb: a\nc: b\nd:\n").order()
        self.assertEqual(cm.exception.cycle, ["a", "c", "b"])

    def test_with_tag_and_dot(self):
        ci = self.g.with_tag("ci")
        self.assertEqual(sorted(ci.jobs), ["build", "codegen", "configure", "fetch", "lint", "test"])
        self.assertIn('"codegen" -> "build" [style=dashed];', self.g.to_dot())

    def test_summary(self):
        self.assertEqual(self.g.roots(), ["fetch"])
        self.assertEqual(self.g.leaves(), ["package", "test"])
        self.assertEqual(self.g.summary()["edges"], 8)

    def test_round_trip(self):
        self.assertEqual(format_pipeline(parse_pipeline(format_pipeline(self.g))), format_pipeline(self.g))


class CliTests(unittest.TestCase):
    def test_stages_output(self):
        out = io.StringIO()
        self.assertEqual(main(["x", "stages"], out=out, text=SPEC), 0)
        self.assertEqual(out.getvalue().splitlines()[1], "1: configure codegen lint")


if __name__ == "__main__":
    unittest.main()
