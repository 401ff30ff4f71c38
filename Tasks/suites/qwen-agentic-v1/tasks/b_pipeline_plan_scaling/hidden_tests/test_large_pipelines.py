import heapq
import random
import unittest

from pipeline import CycleError, Graph, parse_pipeline

SPEC = """
fetch:
codegen: fetch | duration=3
configure: fetch | priority=1
build: configure ?codegen ?docs | priority=2 duration=30
lint: fetch | duration=2 tags=ci
test: build | duration=12.5 tags=ci,slow
package: build lint
"""


def monorepo(n, seed):
    """``n`` jobs; job k depends on up to three earlier jobs, plus a few optional deps."""
    rng = random.Random(seed)
    names = ["job%05d" % rng.randrange(10 ** 5) + "_%d" % i for i in range(n)]
    g = Graph()
    for i, name in enumerate(names):
        deps = sorted({names[rng.randrange(i)] for _ in range(rng.randint(0, 3))}) if i else []
        optional = [names[rng.randrange(i)]] if i and rng.random() < 0.2 else []
        optional = [o for o in optional if o not in deps] + (["missing_tool"] if i % 97 == 0 else [])
        g.add(name, deps, optional, priority=rng.randint(0, 3), duration=rng.randint(1, 9))
    return g, names


def chain(n):
    """A long chain whose names run against the execution order: step00000 runs last."""
    g = Graph()
    for i in range(n - 1):
        g.add("step%05d" % i, ["step%05d" % (i + 1)])
    g.add("step%05d" % (n - 1))
    return g


def reference_order(g):
    deps = {n: g.effective_deps(n) for n in g.jobs}
    users = {n: [] for n in g.jobs}
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    left = {n: len(ds) for n, ds in deps.items()}
    heap = [(-g.jobs[n].priority, n) for n in g.jobs if not left[n]]
    heapq.heapify(heap)
    out = []
    while heap:
        _, n = heapq.heappop(heap)
        out.append(n)
        for u in users[n]:
            left[u] -= 1
            if not left[u]:
                heapq.heappush(heap, (-g.jobs[u].priority, u))
    return out, deps


class SmallBehaviourTests(unittest.TestCase):
    def test_known_pipeline(self):
        g = parse_pipeline(SPEC)
        self.assertEqual(g.order(), ["fetch", "configure", "codegen", "build", "lint", "package", "test"])
        self.assertEqual(g.stages(), [["fetch"], ["configure", "codegen", "lint"], ["build"], ["package", "test"]])
        self.assertEqual(g.required_for(["test"]), ["fetch", "configure", "codegen", "build", "test"])
        self.assertEqual(g.downstream("configure"), ["build", "package", "test"])
        self.assertEqual(g.dependents("build"), ["package", "test"])
        self.assertEqual(g.critical_path(), (46.5, ["fetch", "codegen", "build", "test"]))

    def test_cycles_reported_as_before(self):
        g = parse_pipeline("a: c\nb: a\nc: b\nd:\ne: d ?a\n")
        for method in (g.order, g.stages, g.critical_path):
            with self.assertRaises(CycleError) as cm:
                method()
            self.assertEqual(cm.exception.cycle, ["a", "c", "b"])
        g = parse_pipeline("x:\nq: r\nr: s\ns: r\nm: q\n")
        with self.assertRaises(CycleError) as cm:
            g.order()
        self.assertEqual(cm.exception.cycle, ["r", "s"])


class LargePipelineTests(unittest.TestCase):
    def test_order_of_eight_thousand_jobs(self):
        g, _ = monorepo(8_000, 11)
        self.assertEqual(g.order(), reference_order(g)[0])

    def test_stages_of_a_long_chain(self):
        g = chain(20_000)
        stages = g.stages()
        self.assertEqual(len(stages), 20_000)
        self.assertEqual(stages[0], ["step19999"])
        self.assertEqual(stages[-1], ["step00000"])

    def test_stages_of_monorepo(self):
        g, _ = monorepo(8_000, 12)
        order, deps = reference_order(g)
        level = {}
        for n in order:
            level[n] = 1 + max((level[d] for d in deps[n]), default=-1)
        stages = g.stages()
        self.assertEqual(sum(len(s) for s in stages), 8_000)
        for k, stage in enumerate(stages):
            self.assertTrue(all(level[n] == k for n in stage))
            self.assertEqual(stage, sorted(stage, key=lambda n: (-g.jobs[n].priority, n)))

    def test_needs_and_affected_on_a_chain(self):
        g = chain(20_000)
        needs = g.required_for(["step00000"])
        self.assertEqual(len(needs), 20_000)
        self.assertEqual(needs[:2], ["step19999", "step19998"])
        affected = g.downstream("step19999")
        self.assertEqual(len(affected), 19_999)

    def test_critical_path_of_monorepo(self):
        g, _ = monorepo(8_000, 13)
        order, deps = reference_order(g)
        finish = {}
        for n in order:
            finish[n] = g.jobs[n].duration + max((finish[d] for d in deps[n]), default=0.0)
        total, path = g.critical_path()
        self.assertEqual(total, max(finish.values()))
        self.assertEqual(sum(g.jobs[n].duration for n in path), total)
        for before, after in zip(path, path[1:]):
            self.assertIn(before, deps[after])


if __name__ == "__main__":
    unittest.main()
