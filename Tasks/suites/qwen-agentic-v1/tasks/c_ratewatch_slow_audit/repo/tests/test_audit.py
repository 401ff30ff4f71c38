import io
import os
import tempfile
import unittest

from ratewatch.audit import audit, peak_counts, window_counts
from ratewatch.cli import main
from ratewatch.logparse import LogError, read_requests


class AuditTests(unittest.TestCase):
    def test_counts(self):
        reqs = [(0.0, "a"), (1.0, "a"), (1.5, "b"), (2.0, "a"), (3.0, "a"), (3.5, "a")]
        self.assertEqual(window_counts(reqs, 2.0), [1, 2, 1, 2, 2, 3])

    def test_unsorted_input_keeps_positions(self):
        reqs = [(5.0, "a"), (1.0, "a"), (4.0, "a"), (4.5, "b")]
        self.assertEqual(window_counts(reqs, 10), [3, 1, 2, 1])
        violations = audit(reqs, 10, 2)
        self.assertEqual([(v.index, v.count) for v in violations], [(0, 3)])

    def test_audit_and_peaks(self):
        reqs = [(t / 8, "bot") for t in range(40)] + [(1.0, "human"), (2.5, "human")]
        violations = audit(reqs, 1.0, 5)
        self.assertEqual(len(violations), 35)
        self.assertEqual([v.count for v in violations[:4]], [6, 7, 8, 8])
        self.assertTrue(all(v.client == "bot" and v.count == 8 for v in violations[3:]))
        self.assertEqual(peak_counts(reqs, 1.0), {"bot": 8, "human": 1})

    def test_invalid(self):
        with self.assertRaises(ValueError):
            window_counts([(0, "a")], 0)
        with self.assertRaises(ValueError):
            audit([(0, "a")], 1, 0)

    def test_log_and_cli(self):
        text = ("# gateway\n2024-05-01T12:00:00.000Z client=k1 method=GET path=/a status=200\n"
                "2024-05-01T12:00:00.500Z client=k1\n2024-05-01T12:00:00.900Z client=k1 status=429\n"
                "2024-05-01T12:00:05Z client=k2 method=POST\n")
        reqs = read_requests(text.splitlines())
        self.assertEqual(len(reqs), 4)
        self.assertAlmostEqual(reqs[1][0] - reqs[0][0], 0.5)
        with self.assertRaises(LogError):
            read_requests(["yesterday client=x"])
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "gw.log")
            with open(path, "w") as fh:
                fh.write(text)
            out = io.StringIO()
            self.assertEqual(main([path, "--window", "1", "--limit", "2"], stdout=out), 1)
            self.assertEqual(out.getvalue(), "2024-05-01T12:00:00.900+00:00 k1 3/2\n"
                                             "1 request(s) over the limit; peak per client: k1=3, k2=1\n")


if __name__ == "__main__":
    unittest.main()
