"""metrics: counters, gauges and histograms with text and JSON export."""

from .exposition import ParseError, parse_text, sample_value, to_json, to_text
from .registry import Counter, Gauge, Histogram, MetricError, Registry

__all__ = ["ParseError", "parse_text", "sample_value", "to_json", "to_text", "Counter", "Gauge",
           "Histogram", "MetricError", "Registry"]
