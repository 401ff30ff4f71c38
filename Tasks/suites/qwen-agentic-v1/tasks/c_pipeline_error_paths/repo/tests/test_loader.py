import copy
import unittest

from pipectl.loader import PipelineError, lint, parse_pipeline

GOOD = {
    "version": 2,
    "defaults": {"image": "python:3.12", "timeout": "20m"},
    "env": {"PIP_CACHE_DIR": ".cache/pip"},
    "jobs": {
        "build": {"steps": [{"uses": "checkout"}, {"run": "make dist", "timeout": "5m"}]},
        "test": {
            "needs": ["build"],
            "matrix": {"python": ["3.11", "3.12"], "db": ["sqlite"]},
            "retries": 1,
            "steps": [{"uses": "download", "with": {"name": "dist"}}, {"run": "make test\nmake cover"}],
        },
        "deploy": {"needs": ["test"], "when": "manual", "image": "deploy:1", "timeout": 300,
                   "env": {"TARGET": "prod", "LEVEL": 3},
                   "steps": [{"run": "./deploy.sh", "name": "ship it", "allow_failure": True}]},
    },
}


def variant(**changes):
    data = copy.deepcopy(GOOD)
    for dotted, value in changes.items():
        node = data
        *parents, last = dotted.split("__")
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return data


class LoaderTests(unittest.TestCase):
    def test_parse_good(self):
        p = parse_pipeline(copy.deepcopy(GOOD))
        self.assertEqual([j.label for j in p.jobs],
                         ["build", "test (db=sqlite, python=3.11)", "test (db=sqlite, python=3.12)", "deploy"])
        build = p.job("build")
        self.assertEqual((build.image, build.timeout, build.retries), ("python:3.12", 1200, 0))
        self.assertEqual(build.steps[1].timeout, 300)
        self.assertEqual(build.steps[1].name, "make dist")
        deploy = p.job("deploy")
        self.assertEqual((deploy.image, deploy.timeout, deploy.when), ("deploy:1", 300, "manual"))
        self.assertEqual(deploy.env, {"TARGET": "prod", "LEVEL": "3"})
        self.assertEqual(p.job("test (db=sqlite, python=3.11)").steps[1].name, "make test")

    def test_stages(self):
        p = parse_pipeline(copy.deepcopy(GOOD))
        self.assertEqual(p.stages(), [("build",), ("test (db=sqlite, python=3.11)",
                                                   "test (db=sqlite, python=3.12)"), ("deploy",)])

    def test_lint(self):
        p = parse_pipeline(variant(jobs__build__env={"PIP_CACHE_DIR": "x"}))
        self.assertEqual(len(lint(p)), 1)

    def test_invalid_documents(self):
        bad = [
            variant(version=1),
            variant(jobs={}),
            variant(defaults__retries=9),
            variant(jobs__build__steps=[]),
            variant(jobs__build__steps__1={"run": "x", "uses": "checkout"}),
            variant(jobs__build__steps__0={"uses": "teleport"}),
            variant(jobs__test__steps__0={"uses": "download", "with": {"file": "x"}}),
            variant(jobs__test__needs=["biuld"]),
            variant(jobs__build__needs=["deploy"]),
            variant(jobs__test__matrix={"python": []}),
            variant(jobs__deploy__when="sometimes"),
            variant(jobs__deploy__env={"lower": "x"}),
            variant(jobs__build__steps__1={"run": "make", "timeout": "2h"}),
            variant(jobs__build__colour="red"),
        ]
        for data in bad:
            with self.assertRaises(PipelineError):
                parse_pipeline(data)


if __name__ == "__main__":
    unittest.main()
