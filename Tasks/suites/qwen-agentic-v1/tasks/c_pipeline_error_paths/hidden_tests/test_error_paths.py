import copy
import io
import json
import os
import tempfile
import unittest

from pipectl.cli import main
from pipectl.loader import PipelineError, parse_pipeline

GOOD = {
    "version": 2,
    "defaults": {"image": "python:3.12", "timeout": "20m"},
    "env": {"PIP_CACHE_DIR": ".cache/pip"},
    "jobs": {
        "build": {"steps": [{"uses": "checkout"}, {"run": "make dist", "timeout": "5m"}]},
        "test": {
            "needs": ["build"],
            "matrix": {"python": ["3.11", "3.12", "3.13"]},
            "steps": [{"uses": "download", "with": {"name": "dist"}}, {"run": "make test"}],
        },
        "deploy": {"needs": ["build", "test"], "when": "manual",
                   "steps": [{"run": "./deploy.sh", "name": "ship it"}]},
    },
}


def mutate(fn):
    data = copy.deepcopy(GOOD)
    fn(data)
    return data


def set_in(path, value):
    def fn(data):
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return fn


def delete(path):
    def fn(data):
        node = data
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return fn


CASES = [
    (set_in(["version"], 3), "version"),
    (set_in(["defaults", "timeout"], "ten minutes"), "defaults.timeout"),
    (set_in(["defaults", "retries"], 9), "defaults.retries"),
    (set_in(["defaults", "image"], ""), "defaults.image"),
    (set_in(["env", "FOO"], None), "env.FOO"),
    (set_in(["jobs", "build", "stepz"], []), "jobs.build.stepz"),
    (set_in(["jobs", "build", "steps", 1, "timeout"], "5 minutes"), "jobs.build.steps[1].timeout"),
    (set_in(["jobs", "build", "steps", 1, "timeout"], "1h"), "jobs.build.steps[1].timeout"),
    (set_in(["jobs", "build", "steps", 0, "run"], "make"), "jobs.build.steps[0]"),
    (set_in(["jobs", "build", "steps", 0, "uses"], "teleport"), "jobs.build.steps[0].uses"),
    (set_in(["jobs", "build", "steps", 1, "colour"], "red"), "jobs.build.steps[1].colour"),
    (set_in(["jobs", "build", "steps", 1, "allow_failure"], "yes"), "jobs.build.steps[1].allow_failure"),
    (set_in(["jobs", "test", "steps", 0, "with"], {"name": "dist", "file": "x"}), "jobs.test.steps[0].with.file"),
    (set_in(["jobs", "test", "matrix", "python", 2], True), "jobs.test.matrix.python[2]"),
    (set_in(["jobs", "test", "matrix", "python"], []), "jobs.test.matrix.python"),
    (set_in(["jobs", "deploy", "needs", 1], "tset"), "jobs.deploy.needs[1]"),
    (set_in(["jobs", "deploy", "when"], "sometimes"), "jobs.deploy.when"),
    (set_in(["jobs", "deploy", "env"], {"lower": "x"}), "jobs.deploy.env.lower"),
    (set_in(["jobs", "deploy", "retries"], -1), "jobs.deploy.retries"),
    (delete(["jobs", "test", "steps"]), "jobs.test.steps"),
    (set_in(["jobs", "Bad"], {"steps": [{"run": "x"}]}), "jobs.Bad"),
]


class ErrorPathTests(unittest.TestCase):
    def test_field_attribute_and_message(self):
        for fn, field in CASES:
            with self.subTest(field=field):
                with self.assertRaises(PipelineError) as ctx:
                    parse_pipeline(mutate(fn))
                self.assertEqual(ctx.exception.field, field)
                self.assertIn(field, str(ctx.exception))

    def test_cycle_points_at_needs(self):
        data = mutate(set_in(["jobs", "build", "needs"], ["deploy"]))
        with self.assertRaises(PipelineError) as ctx:
            parse_pipeline(data)
        field = ctx.exception.field
        self.assertTrue(field.startswith("jobs.") and field.endswith(".needs"), field)

    def test_inherited_default_is_still_valid(self):
        p = parse_pipeline(mutate(set_in(["defaults", "timeout"], "1h")))
        self.assertEqual(p.job("build").timeout, 3600)

    def test_cli_prints_location(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "pipeline.json")
            with open(path, "w") as fh:
                json.dump(mutate(set_in(["jobs", "build", "steps", 1, "timeout"], "5 minutes")), fh)
            out, err = io.StringIO(), io.StringIO()
            self.assertEqual(main(["validate", path], stdout=out, stderr=err), 1)
            self.assertIn("jobs.build.steps[1].timeout", err.getvalue())


if __name__ == "__main__":
    unittest.main()
