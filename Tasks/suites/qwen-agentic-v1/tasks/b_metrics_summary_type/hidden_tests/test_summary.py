import json
import math
import unittest

from metrics import MetricError, Registry, parse_text, sample_value, to_json, to_text
from metrics.exposition import render_families


def build():
    reg = Registry()
    rpc = reg.summary("rpc_seconds", "RPC latency.", labelnames=("method",), quantiles=(0.9, 0.5))
    for v in [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]:
        rpc.labels(method="GET").observe(v)
    rpc.labels(method="PUT").observe(2.0)
    reg.counter("jobs_total", "Jobs.").inc(2)
    return reg


class SummaryTypeTests(unittest.TestCase):
    def test_quantiles_nearest_rank(self):
        reg = Registry()
        s = reg.summary("s", "x", quantiles=(0.25, 0.5, 0.9, 0.99))
        for v in [7, 1, 5, 3, 9, 2, 8, 4, 6, 10]:
            s.observe(v)
        self.assertEqual([s.quantile(q) for q in (0.25, 0.5, 0.9, 0.99)], [3, 5, 9, 10])
        self.assertEqual(s.quantile(0.75), 8)
        text = to_text_of(s)
        self.assertIn("s_count 10\n", text)
        self.assertIn("s_sum 55\n", text)

    def test_empty_summary_is_nan(self):
        s = Registry().summary("s", "x")
        self.assertTrue(math.isnan(s.quantile(0.5)))

    def test_window_limits_quantiles_not_totals(self):
        s = Registry().summary("s", "x", quantiles=(0.5,), max_samples=4)
        for v in [100, 100, 100, 1, 2, 3, 4]:
            s.observe(v)
        self.assertEqual(s.quantile(0.5), 2)
        text = to_text_of(s)
        self.assertIn("s_count 7\n", text)
        self.assertIn("s_sum 310\n", text)

    def test_validation(self):
        reg = Registry()
        with self.assertRaises(MetricError):
            reg.summary("a", "x", quantiles=(0.5, 1.0))
        with self.assertRaises(MetricError):
            reg.summary("b", "x", quantiles=(0.0,))
        with self.assertRaises(MetricError):
            reg.summary("c", "x", labelnames=("quantile",))
        with self.assertRaises(MetricError):
            reg.summary("d", "x", max_samples=0)


def to_text_of(metric):
    reg = Registry()
    reg.register(metric)
    return to_text(reg)


class ExportTests(unittest.TestCase):
    def test_text(self):
        self.assertEqual(to_text(build()), (
            '# HELP jobs_total Jobs.\n'
            '# TYPE jobs_total counter\n'
            'jobs_total 2\n'
            '# HELP rpc_seconds RPC latency.\n'
            '# TYPE rpc_seconds summary\n'
            'rpc_seconds{method="GET",quantile="0.5"} 0.5\n'
            'rpc_seconds{method="GET",quantile="0.9"} 0.9\n'
            'rpc_seconds_sum{method="GET"} 5.5\n'
            'rpc_seconds_count{method="GET"} 10\n'
            'rpc_seconds{method="PUT",quantile="0.5"} 2\n'
            'rpc_seconds{method="PUT",quantile="0.9"} 2\n'
            'rpc_seconds_sum{method="PUT"} 2\n'
            'rpc_seconds_count{method="PUT"} 1\n'))

    def test_empty_summary_text_and_json(self):
        reg = Registry()
        reg.summary("idle_seconds", "Idle.", quantiles=(0.5,))
        self.assertIn('idle_seconds{quantile="0.5"} NaN\n', to_text(reg))
        self.assertIn("idle_seconds_count 0\n", to_text(reg))
        series = json.loads(to_json(reg))[0]["series"][0]
        self.assertEqual(series, {"labels": {}, "quantiles": {"0.5": "NaN"}, "sum": 0.0, "count": 0})

    def test_json(self):
        data = {m["name"]: m for m in json.loads(to_json(build()))}
        self.assertEqual(data["rpc_seconds"]["type"], "summary")
        get = data["rpc_seconds"]["series"][0]
        self.assertEqual(get, {"labels": {"method": "GET"}, "quantiles": {"0.5": 0.5, "0.9": 0.9},
                               "sum": 5.5, "count": 10})
        self.assertEqual(data["jobs_total"]["series"], [{"labels": {}, "value": 2.0}])

    def test_parse_round_trip(self):
        text = to_text(build())
        families = parse_text(text)
        self.assertEqual(families["rpc_seconds"]["type"], "summary")
        self.assertEqual(sample_value(families, "rpc_seconds", method="GET", quantile="0.9"), 0.9)
        self.assertEqual(sample_value(families, "rpc_seconds_count", method="PUT"), 1)
        self.assertNotIn("rpc_seconds_sum", families)
        self.assertEqual(render_families(families), text)


if __name__ == "__main__":
    unittest.main()
