import time
import unittest

from taskgraph import CycleError, Graph, build_order, levels, parse_taskfile


def check_cycle(graph, cycle):
    assert cycle[0] == cycle[-1] and len(cycle) >= 2, cycle
    for a, b in zip(cycle, cycle[1:]):
        assert b in graph.deps[a], (a, b)


class TieBreakTests(unittest.TestCase):
    def test_newly_ready_task_sorting_first_runs_first(self):
        g = parse_taskfile("c:\nd:\na: c\n")
        self.assertEqual(build_order(g), ["c", "a", "d"])

    def test_ready_task_beats_deeper_dependency(self):
        g = parse_taskfile("a: m\nb:\nm:\n")
        self.assertEqual(build_order(g), ["b", "m", "a"])

    def test_mixed(self):
        g = parse_taskfile("deploy: test package\ntest: unit lint\npackage: compile\nunit: compile\n"
                           "compile: gen\nlint:\ngen:\n")
        self.assertEqual(build_order(g), ["gen", "compile", "lint", "package", "unit", "test", "deploy"])
        self.assertEqual(build_order(g, ["package", "lint"]), ["gen", "compile", "lint", "package"])


class CycleTests(unittest.TestCase):
    def test_cycle_reported(self):
        g = parse_taskfile("a: b\nb: c\nc: d\nd: b\ne:\n")
        with self.assertRaises(CycleError) as cm:
            build_order(g)
        check_cycle(g, cm.exception.cycle)
        self.assertEqual(set(cm.exception.cycle), {"b", "c", "d"})
        self.assertEqual(build_order(g, ["e"]), ["e"])


class ScaleTests(unittest.TestCase):
    def test_long_chain(self):
        n = 25000
        g = Graph()
        for i in range(n):
            g.add_task("t%06d" % i, ["t%06d" % (i + 1)] if i + 1 < n else [])
        started = time.perf_counter()
        order = build_order(g)
        elapsed = time.perf_counter() - started
        self.assertEqual(order, ["t%06d" % i for i in range(n - 1, -1, -1)])
        self.assertLess(elapsed, 2.0)

    def test_wide_and_layered(self):
        g = Graph()
        for layer in range(5):
            for i in range(3000):
                deps = ["L%d-%04d" % (layer - 1, (i * 7 + k) % 3000) for k in range(3)] if layer else []
                g.add_task("L%d-%04d" % (layer, i), deps)
        g.add_task("all", ["L4-%04d" % i for i in range(3000)])
        started = time.perf_counter()
        order = build_order(g)
        elapsed = time.perf_counter() - started
        self.assertEqual(len(order), 15001)
        self.assertEqual(order[:3], ["L0-0000", "L0-0001", "L0-0002"])
        self.assertEqual(order[-1], "all")
        position = {name: i for i, name in enumerate(order)}
        for name, deps in g.deps.items():
            for d in deps:
                self.assertLess(position[d], position[name])
        self.assertLess(elapsed, 2.0)
        self.assertEqual([len(s) for s in levels(g)], [3000] * 5 + [1])


if __name__ == "__main__":
    unittest.main()
