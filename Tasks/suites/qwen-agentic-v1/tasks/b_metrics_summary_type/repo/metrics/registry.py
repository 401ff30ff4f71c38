"""Metric types and the registry that owns them."""

import math
import re
import threading

_NAME_RE = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*$")
_LABEL_RE = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")

DEFAULT_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class MetricError(ValueError):
    pass


class _Child:
    def __init__(self, metric):
        self._lock = threading.Lock()
        self._metric = metric


class _CounterChild(_Child):
    def __init__(self, metric):
        super().__init__(metric)
        self.value = 0.0

    def inc(self, amount=1.0):
        if amount < 0:
            raise MetricError("counters can only go up")
        with self._lock:
            self.value += amount


class _GaugeChild(_Child):
    def __init__(self, metric):
        super().__init__(metric)
        self.value = 0.0

    def set(self, value):
        with self._lock:
            self.value = float(value)

    def inc(self, amount=1.0):
        with self._lock:
            self.value += amount

    def dec(self, amount=1.0):
        with self._lock:
            self.value -= amount


class _HistogramChild(_Child):
    def __init__(self, metric):
        super().__init__(metric)
        self.counts = [0] * len(metric.buckets)   # per bucket, not cumulative
        self.sum = 0.0
        self.count = 0

    def observe(self, value):
        with self._lock:
            for i, bound in enumerate(self._metric.buckets):
                if value <= bound:
                    self.counts[i] += 1
                    break
            self.sum += value
            self.count += 1

    def cumulative(self):
        """``[(upper_bound, cumulative_count), ...]`` ending with ``+Inf``."""
        total, out = 0, []
        for bound, n in zip(self._metric.buckets, self.counts):
            total += n
            out.append((bound, total))
        return out


class Metric:
    type = "untyped"
    child_class = _Child
    reserved_labels = ()

    def __init__(self, name, help_text, labelnames=()):
        if not _NAME_RE.match(name):
            raise MetricError("invalid metric name %r" % (name,))
        labelnames = tuple(labelnames)
        for label in labelnames:
            if not _LABEL_RE.match(label) or label.startswith("__"):
                raise MetricError("invalid label name %r" % (label,))
            if label in self.reserved_labels:
                raise MetricError("label %r is reserved for %s metrics" % (label, self.type))
        if len(set(labelnames)) != len(labelnames):
            raise MetricError("duplicate label names in %r" % (labelnames,))
        self.name = name
        self.help = help_text
        self.labelnames = labelnames
        self._children = {}
        self._lock = threading.Lock()
        if not labelnames:
            self._children[()] = self.child_class(self)

    def labels(self, *values, **kwargs):
        if values and kwargs:
            raise MetricError("pass label values by position or by name, not both")
        if kwargs:
            if set(kwargs) != set(self.labelnames):
                raise MetricError("expected labels %s, got %s" % (sorted(self.labelnames), sorted(kwargs)))
            values = tuple(str(kwargs[name]) for name in self.labelnames)
        else:
            values = tuple(str(v) for v in values)
            if len(values) != len(self.labelnames):
                raise MetricError("expected %d label values, got %d" % (len(self.labelnames), len(values)))
        if not self.labelnames:
            raise MetricError("metric %s has no labels" % self.name)
        with self._lock:
            child = self._children.get(values)
            if child is None:
                child = self._children[values] = self.child_class(self)
        return child

    def _only_child(self):
        if self.labelnames:
            raise MetricError("metric %s has labels; use .labels(...)" % self.name)
        return self._children[()]

    def samples(self):
        """``[(label_dict, child), ...]`` sorted by label values."""
        return [(dict(zip(self.labelnames, key)), child) for key, child in sorted(self._children.items())]


class Counter(Metric):
    type = "counter"
    child_class = _CounterChild

    def inc(self, amount=1.0):
        self._only_child().inc(amount)

    @property
    def value(self):
        return self._only_child().value


class Gauge(Metric):
    type = "gauge"
    child_class = _GaugeChild

    def set(self, value):
        self._only_child().set(value)

    def inc(self, amount=1.0):
        self._only_child().inc(amount)

    def dec(self, amount=1.0):
        self._only_child().dec(amount)

    @property
    def value(self):
        return self._only_child().value


class Histogram(Metric):
    type = "histogram"
    child_class = _HistogramChild
    reserved_labels = ("le",)

    def __init__(self, name, help_text, labelnames=(), buckets=DEFAULT_BUCKETS):
        bounds = sorted(float(b) for b in buckets)
        if not bounds or len(set(bounds)) != len(bounds):
            raise MetricError("buckets must be distinct and non-empty")
        if bounds[-1] != math.inf:
            bounds.append(math.inf)
        self.buckets = tuple(bounds)
        super().__init__(name, help_text, labelnames)

    def observe(self, value):
        self._only_child().observe(value)


class Registry:
    def __init__(self):
        self._metrics = {}
        self._lock = threading.Lock()

    def register(self, metric):
        with self._lock:
            if metric.name in self._metrics:
                raise MetricError("metric %s already registered" % metric.name)
            self._metrics[metric.name] = metric
        return metric

    def unregister(self, name):
        with self._lock:
            self._metrics.pop(name, None)

    def counter(self, name, help_text, labelnames=()):
        return self.register(Counter(name, help_text, labelnames))

    def gauge(self, name, help_text, labelnames=()):
        return self.register(Gauge(name, help_text, labelnames))

    def histogram(self, name, help_text, labelnames=(), buckets=DEFAULT_BUCKETS):
        return self.register(Histogram(name, help_text, labelnames, buckets))

    def get(self, name):
        return self._metrics[name]

    def collect(self):
        """Every metric, sorted by name."""
        with self._lock:
            return [self._metrics[name] for name in sorted(self._metrics)]
