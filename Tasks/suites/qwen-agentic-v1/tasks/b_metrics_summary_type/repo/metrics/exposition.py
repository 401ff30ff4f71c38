"""Exporting metrics: the plain-text exposition format, JSON, and reading text back.

Text format (one family per metric)::

    # HELP http_requests_total Requests served.
    # TYPE http_requests_total counter
    http_requests_total{code="200",method="GET"} 1027
    # HELP latency_seconds Request latency.
    # TYPE latency_seconds histogram
    latency_seconds_bucket{le="0.1"} 3
    latency_seconds_bucket{le="+Inf"} 5
    latency_seconds_sum 1.75
    latency_seconds_count 5

Labels are written in the metric's label order; histogram ``le`` comes last.
"""

import json
import math
import os
import re
import tempfile

from .registry import Counter, Gauge, Histogram

KNOWN_TYPES = ("counter", "gauge", "histogram", "untyped")

_SAMPLE_RE = re.compile(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})?\s+(\S+)(?:\s+(-?\d+))?$")
_LABEL_PAIR_RE = re.compile(r'\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(,|$)')


class ParseError(ValueError):
    def __init__(self, message, lineno=None):
        super().__init__("line %s: %s" % (lineno, message) if lineno else message)
        self.lineno = lineno


# -- values and escaping -----------------------------------------------------

def format_value(value):
    """Render a sample value: integers without a decimal point, +Inf/-Inf/NaN spelled out."""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "+Inf" if value > 0 else "-Inf"
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


def parse_value(text):
    if text in ("+Inf", "Inf"):
        return math.inf
    if text == "-Inf":
        return -math.inf
    if text == "NaN":
        return math.nan
    try:
        return float(text)
    except ValueError:
        raise ParseError("bad sample value %r" % text) from None


def escape_label_value(value):
    return str(value).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def unescape_label_value(text):
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "\\": "\\", '"': '"'}.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def escape_help(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def format_labels(pairs):
    """``[("code", "200"), ("le", "0.5")]`` -> ``{code="200",le="0.5"}`` ('' when empty)."""
    if not pairs:
        return ""
    return "{%s}" % ",".join('%s="%s"' % (k, escape_label_value(v)) for k, v in pairs)


# -- text output -------------------------------------------------------------

def _sample_lines(metric):
    lines = []
    for labels, child in metric.samples():
        pairs = [(name, labels[name]) for name in metric.labelnames]
        if isinstance(metric, (Counter, Gauge)):
            lines.append("%s%s %s" % (metric.name, format_labels(pairs), format_value(child.value)))
        elif isinstance(metric, Histogram):
            for bound, count in child.cumulative():
                le = pairs + [("le", format_value(bound))]
                lines.append("%s_bucket%s %s" % (metric.name, format_labels(le), format_value(count)))
            lines.append("%s_sum%s %s" % (metric.name, format_labels(pairs), format_value(child.sum)))
            lines.append("%s_count%s %s" % (metric.name, format_labels(pairs), format_value(child.count)))
        else:
            raise TypeError("cannot export metric type %r" % metric.type)
    return lines


def to_text(registry, prefix=None, openmetrics=False):
    """The whole registry in the text exposition format (ends with a newline).

    ``prefix`` keeps only metrics whose name starts with it.  ``openmetrics``
    terminates the output with ``# EOF`` as OpenMetrics scrapers expect.
    """
    out = []
    for metric in registry.collect():
        if prefix and not metric.name.startswith(prefix):
            continue
        out.append("# HELP %s %s" % (metric.name, escape_help(metric.help)))
        out.append("# TYPE %s %s" % (metric.name, metric.type))
        out.extend(_sample_lines(metric))
    if openmetrics:
        out.append("# EOF")
    return "\n".join(out) + "\n" if out else ""


def write_textfile(registry, path, prefix=None):
    """Write the text format to ``path`` atomically (for textfile collectors).

    The data goes to a temporary file in the same directory first and is
    then renamed over ``path``, so a reader never sees half a file.
    """
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp_path = tempfile.mkstemp(prefix=".metrics-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(to_text(registry, prefix=prefix))
        os.replace(tmp_path, path)
    except BaseException:
        if os.path.exists(tmp_path):
            os.unlink(tmp_path)
        raise


# -- JSON output -------------------------------------------------------------

def _json_value(value):
    # JSON has no Inf/NaN; keep them as strings, like the text format does
    if isinstance(value, float) and (math.isinf(value) or math.isnan(value)):
        return format_value(value)
    return value


def metric_to_dict(metric):
    series = []
    for labels, child in metric.samples():
        entry = {"labels": labels}
        if isinstance(metric, (Counter, Gauge)):
            entry["value"] = _json_value(child.value)
        elif isinstance(metric, Histogram):
            entry["buckets"] = [[format_value(bound), count] for bound, count in child.cumulative()]
            entry["sum"] = _json_value(child.sum)
            entry["count"] = child.count
        else:
            raise TypeError("cannot export metric type %r" % metric.type)
        series.append(entry)
    return {"name": metric.name, "help": metric.help, "type": metric.type, "series": series}


def to_json(registry, indent=None):
    return json.dumps([metric_to_dict(m) for m in registry.collect()], indent=indent, sort_keys=True)


# -- reading text back -------------------------------------------------------

def parse_labels(text, lineno=None):
    """``{a="1",b="x\\"y"}`` -> ``{"a": "1", "b": 'x"y'}``."""
    body = text[1:-1].strip()
    labels = {}
    pos = 0
    while pos < len(body):
        m = _LABEL_PAIR_RE.match(body, pos)
        if not m:
            raise ParseError("bad label set %s" % text, lineno)
        name, value = m.group(1), unescape_label_value(m.group(2))
        if name in labels:
            raise ParseError("label %s given twice" % name, lineno)
        labels[name] = value
        pos = m.end()
    return labels


def _family_of(sample_name, families):
    """The family a sample belongs to, trying the histogram suffixes."""
    if sample_name in families:
        return sample_name
    for suffix in ("_bucket", "_sum", "_count"):
        if sample_name.endswith(suffix):
            base = sample_name[: -len(suffix)]
            if base in families and families[base]["type"] == "histogram":
                return base
    return None


def parse_text(text):
    """Parse the text format into ``{name: {"type", "help", "samples"}}``.

    ``samples`` is a list of ``(sample_name, labels, value)`` in file order.
    Samples must follow the ``# TYPE`` line of their family.
    """
    families = {}
    seen_eof = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if seen_eof:
            raise ParseError("content after # EOF", lineno)
        if line == "# EOF":
            seen_eof = True
            continue
        if line.startswith("#"):
            parts = line[1:].strip().split(None, 2)
            if len(parts) >= 2 and parts[0] in ("HELP", "TYPE"):
                name = parts[1]
                family = families.setdefault(name, {"type": "untyped", "help": "", "samples": []})
                if parts[0] == "HELP":
                    family["help"] = (parts[2] if len(parts) > 2 else "").replace("\\n", "\n").replace("\\\\", "\\")
                else:
                    kind = parts[2].strip() if len(parts) > 2 else ""
                    if kind not in KNOWN_TYPES:
                        raise ParseError("unknown metric type %r" % kind, lineno)
                    if family["samples"]:
                        raise ParseError("TYPE for %s after its samples" % name, lineno)
                    family["type"] = kind
            continue  # other comments are ignored
        m = _SAMPLE_RE.match(line)
        if not m:
            raise ParseError("cannot read sample %r" % line, lineno)
        sample_name, label_text, value = m.group(1), m.group(2), m.group(3)
        labels = parse_labels(label_text, lineno) if label_text else {}
        family_name = _family_of(sample_name, families)
        if family_name is None:
            family_name = sample_name
            families[family_name] = {"type": "untyped", "help": "", "samples": []}
        family = families[family_name]
        if family["type"] == "histogram" and sample_name.endswith("_bucket") and "le" not in labels:
            raise ParseError("histogram bucket without le label", lineno)
        family["samples"].append((sample_name, labels, parse_value(value)))
    return families


def render_families(families):
    """Write parsed families (as returned by :func:`parse_text`) back to text.

    Useful to relabel or filter a scrape: parse it, change the samples, and
    render it again.  Families are written in name order, samples in the
    order they are listed.
    """
    out = []
    for name in sorted(families):
        family = families[name]
        if family["help"]:
            out.append("# HELP %s %s" % (name, escape_help(family["help"])))
        out.append("# TYPE %s %s" % (name, family["type"]))
        for sample_name, labels, value in family["samples"]:
            out.append("%s%s %s" % (sample_name, format_labels(list(labels.items())), format_value(value)))
    return "\n".join(out) + "\n" if out else ""


def sample_value(families, sample_name, **labels):
    """Look one sample up in parsed families (labels must match exactly)."""
    wanted = {k: str(v) for k, v in labels.items()}
    family = families.get(_family_of(sample_name, families) or sample_name)
    if family is None:
        raise KeyError(sample_name)
    for name, sample_labels, value in family["samples"]:
        if name == sample_name and sample_labels == wanted:
            return value
    raise KeyError("%s%s" % (sample_name, format_labels(sorted(wanted.items()))))


def counter_rates(before, after, seconds):
    """Per-second increase of every counter sample between two parsed snapshots.

    Returns ``{(sample_name, ((label, value), ...)): rate}``.  A counter that
    went down was reset in between; its new value counts as the increase.
    """
    if seconds <= 0:
        raise ValueError("seconds must be positive")
    rates = {}
    for name, family in after.items():
        if family["type"] != "counter":
            continue
        old = {}
        if name in before:
            old = {(s, tuple(sorted(l.items()))): v for s, l, v in before[name]["samples"]}
        for sample_name, labels, value in family["samples"]:
            key = (sample_name, tuple(sorted(labels.items())))
            previous = old.get(key, 0.0)
            increase = value - previous if value >= previous else value
            rates[key] = increase / seconds
    return rates
