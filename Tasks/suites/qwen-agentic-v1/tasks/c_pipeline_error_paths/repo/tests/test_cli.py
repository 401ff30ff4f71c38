import io
import json
import os
import tempfile
import unittest

from pipectl.cli import main


class CliTests(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, data):
        path = os.path.join(self.dir.name, "pipeline.json")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(data if isinstance(data, str) else json.dumps(data))
        return path

    def run_main(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        return main(list(argv), stdout=out, stderr=err), out.getvalue(), err.getvalue()

    def test_validate_and_plan(self):
        path = self.write({"version": 2, "jobs": {
            "a": {"steps": [{"run": "true"}]},
            "b": {"needs": ["a"], "steps": [{"run": "true"}]}}})
        self.assertEqual(self.run_main("validate", path), (0, f"{path}: ok (2 jobs)\n", ""))
        self.assertEqual(self.run_main("plan", path), (0, "stage 1: a\nstage 2: b\n", ""))

    def test_invalid_json(self):
        path = self.write("{\"version\": 2,,}")
        code, _, err = self.run_main("validate", path)
        self.assertEqual(code, 1)
        self.assertIn("line 1", err)


if __name__ == "__main__":
    unittest.main()
