import json
import math
import unittest

from metrics import MetricError, ParseError, Registry, parse_text, sample_value, to_json, to_text
from metrics.exposition import counter_rates, format_value, render_families


def sample_registry():
    reg = Registry()
    req = reg.counter("http_requests_total", "Requests served.", ("method", "code"))
    req.labels(method="GET", code="200").inc(3)
    req.labels("POST", "500").inc()
    temp = reg.gauge("temperature_celsius", "Room temperature.")
    temp.set(21.5)
    lat = reg.histogram("latency_seconds", "Request latency.", buckets=(0.1, 0.5))
    for v in (0.05, 0.2, 0.3, 2.0):
        lat.observe(v)
    return reg


class RegistryTests(unittest.TestCase):
    def test_validation(self):
        reg = Registry()
        with self.assertRaises(MetricError):
            reg.counter("bad name", "x")
        with self.assertRaises(MetricError):
            reg.histogram("h", "x", labelnames=("le",))
        reg.gauge("g", "x")
        with self.assertRaises(MetricError):
            reg.gauge("g", "again")
        with self.assertRaises(MetricError):
            reg.counter("c", "x").inc(-1)


class TextTests(unittest.TestCase):
    def test_text(self):
        self.assertEqual(to_text(sample_registry()), (
            '# HELP http_requests_total Requests served.\n'
            '# TYPE http_requests_total counter\n'
            'http_requests_total{method="GET",code="200"} 3\n'
            'http_requests_total{method="POST",code="500"} 1\n'
            '# HELP latency_seconds Request latency.\n'
            '# TYPE latency_seconds histogram\n'
            'latency_seconds_bucket{le="0.1"} 1\n'
            'latency_seconds_bucket{le="0.5"} 3\n'
            'latency_seconds_bucket{le="+Inf"} 4\n'
            'latency_seconds_sum 2.55\n'
            'latency_seconds_count 4\n'
            '# HELP temperature_celsius Room temperature.\n'
            '# TYPE temperature_celsius gauge\n'
            'temperature_celsius 21.5\n'))

    def test_round_trip(self):
        families = parse_text(to_text(sample_registry()))
        self.assertEqual(families["latency_seconds"]["type"], "histogram")
        self.assertEqual(sample_value(families, "latency_seconds_bucket", le="0.5"), 3)
        self.assertEqual(sample_value(families, "http_requests_total", method="POST", code="500"), 1)

    def test_render_families(self):
        text = to_text(sample_registry())
        self.assertEqual(render_families(parse_text(text)), text)

    def test_parse_errors(self):
        with self.assertRaises(ParseError):
            parse_text("# TYPE x sometype\n")
        with self.assertRaises(ParseError):
            parse_text("x{a=1} 2\n")

    def test_format_value(self):
        self.assertEqual([format_value(v) for v in (1.0, 0.25, math.inf, math.nan)], ["1", "0.25", "+Inf", "NaN"])

    def test_rates(self):
        before = parse_text("# TYPE c counter\nc 10\n")
        after = parse_text("# TYPE c counter\nc 40\n")
        self.assertEqual(counter_rates(before, after, 10), {("c", ()): 3.0})


class OutputOptionsTests(unittest.TestCase):
    def test_prefix_and_eof(self):
        text = to_text(sample_registry(), prefix="temp", openmetrics=True)
        self.assertEqual(text.splitlines()[-1], "# EOF")
        self.assertNotIn("http_requests_total", text)
        self.assertEqual(list(parse_text(text)), ["temperature_celsius"])

    def test_textfile(self):
        import os
        import tempfile
        from metrics.exposition import write_textfile
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "app.prom")
            write_textfile(sample_registry(), path)
            with open(path) as fh:
                self.assertEqual(fh.read(), to_text(sample_registry()))
            self.assertEqual(os.listdir(tmp), ["app.prom"])


class JsonTests(unittest.TestCase):
    def test_json(self):
        data = {m["name"]: m for m in json.loads(to_json(sample_registry()))}
        hist = data["latency_seconds"]["series"][0]
        self.assertEqual(hist["buckets"], [["0.1", 1], ["0.5", 3], ["+Inf", 4]])
        self.assertEqual(data["temperature_celsius"]["series"], [{"labels": {}, "value": 21.5}])


if __name__ == "__main__":
    unittest.main()
