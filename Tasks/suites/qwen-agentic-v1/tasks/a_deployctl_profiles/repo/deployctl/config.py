"""Loading and validating ``deploy.ini``.

Example::

    [deploy]
    target = web-cluster
    replicas = 3
    strategy = rolling
    timeout = 5m

    [notify]
    channel = #deploys
    on_success = yes
"""

import configparser
import re

# section -> key -> (type, default); a default of REQUIRED means the key must be given
REQUIRED = object()
STRATEGIES = ("rolling", "recreate", "blue-green")

SCHEMA = {
    "deploy": {
        "target": ("str", REQUIRED),
        "replicas": ("int", 1),
        "strategy": ("choice", "rolling"),
        "timeout": ("duration", 300),
        "health_url": ("str", ""),
        "max_unavailable": ("int", 1),
    },
    "notify": {
        "channel": ("str", ""),
        "on_failure": ("bool", True),
        "on_success": ("bool", False),
    },
}

_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")
_TRUE = ("1", "yes", "true", "on")
_FALSE = ("0", "no", "false", "off")


class ConfigError(ValueError):
    pass


def parse_duration(text):
    """``90`` / ``90s`` / ``5m`` / ``1h30m`` -> seconds."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    m = _DURATION.match(text)
    if not text or not m:
        raise ValueError("bad duration %r" % text)
    hours, minutes, seconds = (int(g) if g else 0 for g in m.groups())
    return hours * 3600 + minutes * 60 + seconds


def format_duration(seconds):
    parts = []
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        parts.append("%dh" % hours)
    if minutes:
        parts.append("%dm" % minutes)
    if secs or not parts:
        parts.append("%ds" % secs)
    return "".join(parts)


def convert(section, key, kind, raw):
    try:
        if kind == "str":
            return raw.strip()
        if kind == "int":
            return int(raw)
        if kind == "bool":
            low = raw.strip().lower()
            if low in _TRUE:
                return True
            if low in _FALSE:
                return False
            raise ValueError("expected yes/no, got %r" % raw)
        if kind == "duration":
            return parse_duration(raw)
        if kind == "choice":
            value = raw.strip().lower()
            if value not in STRATEGIES:
                raise ValueError("expected one of %s, got %r" % (", ".join(STRATEGIES), raw))
            return value
    except ValueError as exc:
        raise ConfigError("[%s] %s: %s" % (section, key, exc)) from None
    raise AssertionError(kind)


class Config:
    """Validated settings: ``config.deploy["replicas"]`` etc."""

    def __init__(self, values):
        self._values = values

    def __getattr__(self, section):
        try:
            return self._values[section]
        except KeyError:
            raise AttributeError(section) from None

    def items(self):
        """``(section, key, value)`` triples in schema order."""
        for section, keys in SCHEMA.items():
            for key in keys:
                yield section, key, self._values[section][key]

    def as_dict(self):
        return {section: dict(values) for section, values in self._values.items()}


def _read(text):
    parser = configparser.ConfigParser(interpolation=None, default_section="__defaults__")
    try:
        parser.read_string(text)
    except configparser.Error as exc:
        raise ConfigError("cannot parse configuration: %s" % exc.message.splitlines()[0]) from None
    return parser


def _validate_section(section, raw):
    """Convert one section's raw strings; unknown keys and missing required keys are errors."""
    schema = SCHEMA[section]
    unknown = sorted(set(raw) - set(schema))
    if unknown:
        raise ConfigError("[%s] unknown key(s): %s" % (section, ", ".join(unknown)))
    values = {}
    for key, (kind, default) in schema.items():
        if key in raw:
            values[key] = convert(section, key, kind, raw[key])
        elif default is REQUIRED:
            raise ConfigError("[%s] %s is required" % (section, key))
        else:
            values[key] = default
    return values


def _check_consistency(values):
    deploy = values["deploy"]
    if deploy["replicas"] < 1:
        raise ConfigError("[deploy] replicas must be at least 1")
    if deploy["timeout"] <= 0:
        raise ConfigError("[deploy] timeout must be positive")
    if not 1 <= deploy["max_unavailable"] <= deploy["replicas"]:
        raise ConfigError("[deploy] max_unavailable must be between 1 and replicas")
    if deploy["strategy"] == "blue-green" and not deploy["health_url"]:
        raise ConfigError("[deploy] blue-green deployments need a health_url")


def load_config(text):
    """Parse and validate configuration text; returns a :class:`Config`."""
    parser = _read(text)
    raw_sections = {name: dict(parser[name]) for name in parser.sections()}
    unknown = sorted(set(raw_sections) - set(SCHEMA))
    if unknown:
        raise ConfigError("unknown section(s): %s" % ", ".join(unknown))
    values = {section: _validate_section(section, raw_sections.get(section, {})) for section in SCHEMA}
    _check_consistency(values)
    return Config(values)


def load_config_file(path):
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise ConfigError("cannot read %s: %s" % (path, exc.strerror)) from None
    return load_config(text)
